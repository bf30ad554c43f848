package org.sujarit.ui.grid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Baht amounts as the official tables print them: thousands separators, no decimals for whole baht,
 * two decimals otherwise (28,256.40). Exact: {@link BigDecimal} in and out, never double.
 */
public final class Money {

	private Money() {
	}

	public static String format(BigDecimal amount) {
		if (amount == null) {
			return ""; //$NON-NLS-1$
		}
		boolean whole = amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
		f.setRoundingMode(RoundingMode.HALF_UP);
		return f.format(amount);
	}

	/**
	 * Parses what a user typed or pasted: Thai or Arabic digits, thousands separators, an optional "บาท".
	 *
	 * @throws IllegalArgumentException with a localized message when the text is not a non-negative amount with at
	 *                                  most two decimals
	 */
	public static BigDecimal parse(String text) {
		String s = Digits.toArabic(text == null ? "" : text).trim(); //$NON-NLS-1$
		if (s.endsWith(Messages.Money_bahtSuffix)) {
			s = s.substring(0, s.length() - Messages.Money_bahtSuffix.length()).trim();
		}
		s = s.replace(",", "").replace(" ", "").replace("\u00A0", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		if (!s.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.bind(Messages.Money_notAnAmount, text == null ? "" : text.trim())); //$NON-NLS-1$
		}
		BigDecimal value = new BigDecimal(s);
		if (value.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(Messages.bind(Messages.Money_tooManyDecimals, text.trim()));
		}
		return value;
	}
}
