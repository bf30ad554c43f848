package org.sujarit.ui.grid.internal.budget;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.ui.grid.internal.Digits;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.Money;

/**
 * Converts budget cells between model values and text. Shows "ไม่ใช้งบฯ" or the amount with thousands separators
 * (subtotals are plain {@link BigDecimal}s); reads "ไม่ใช้งบฯ", "-" or nothing as no budget and a number (Thai or Arabic
 * digits, commas allowed) as an amount. Anything else is refused with a message that says what is accepted.
 */
public final class BudgetText extends DisplayConverter {

	private final BooleanSupplier thaiDigits;

	public BudgetText(BooleanSupplier thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	@Override
	public Object canonicalToDisplayValue(Object value) {
		String text;
		if (value instanceof BudgetValue b) {
			text = b.noBudget() ? Messages.Budget_noBudget : Money.format(b.amount());
		} else if (value instanceof BigDecimal d) {
			text = Money.format(d);
		} else {
			text = value == null ? "" : value.toString(); //$NON-NLS-1$
		}
		return Digits.apply(text, thaiDigits.getAsBoolean());
	}

	@Override
	public Object displayToCanonicalValue(Object displayValue) {
		return parse(displayValue == null ? "" : displayValue.toString()); //$NON-NLS-1$
	}

	/**
	 * @throws ConversionFailedException with a localized message
	 */
	public static BudgetValue parse(String text) {
		String s = text.trim();
		if (s.isEmpty() || s.equals("-") || s.equals("\u2013") || s.equals(Messages.Budget_noBudget) //$NON-NLS-1$ //$NON-NLS-2$
				|| s.equals(BahtFormat.NO_BUDGET) || s.equals(BahtFormat.NO_BUDGET_FULL) // Thai words in any UI language
				|| s.toLowerCase(Locale.ROOT).equals("no budget")) { //$NON-NLS-1$
			return BudgetValue.NO_BUDGET;
		}
		try {
			return BudgetValue.amount(Money.parse(s));
		} catch (IllegalArgumentException e) {
			throw new ConversionFailedException(e.getMessage() + " " + Messages.Budget_accepted, e); //$NON-NLS-1$
		}
	}
}
