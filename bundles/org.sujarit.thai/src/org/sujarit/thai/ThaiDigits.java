package org.sujarit.thai;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberingSystem;

/**
 * Converts between Arabic (0–9) and Thai (๐–๙) digits. The Thai digits come from ICU's "thai" numbering system rather
 * than a table of our own.
 */
public final class ThaiDigits {

	/** "๐๑๒๓๔๕๖๗๘๙" as ICU describes the "thai" numbering system. */
	private static final String THAI = NumberingSystem.getInstanceByName("thai").getDescription();
	private static final char THAI_ZERO = THAI.charAt(0);

	private ThaiDigits() {
	}

	/** Every ASCII digit replaced by its Thai digit; everything else unchanged. {@code null} gives "". */
	public static String toThai(CharSequence text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			sb.append(c >= '0' && c <= '9' ? THAI.charAt(c - '0') : c);
		}
		return sb.toString();
	}

	/** Every Thai digit replaced by its ASCII digit; everything else unchanged. {@code null} gives "". */
	public static String toArabic(CharSequence text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int d = c - THAI_ZERO;
			sb.append(d >= 0 && d <= 9 ? (char) ('0' + d) : c);
		}
		return sb.toString();
	}

	/** The text with its digits in the given style (both directions, so it is safe on mixed text). */
	public static String apply(CharSequence text, DigitStyle style) {
		return style == DigitStyle.THAI ? toThai(text) : toArabic(text);
	}

	/** A whole number without grouping (years, sequence numbers, page numbers): 2566 → ๒๕๖๖. */
	public static String format(long n, DigitStyle style) {
		return apply(Long.toString(n), style);
	}

	/** A whole number with thousands separators: 1234 → ๑,๒๓๔. */
	public static String formatGrouped(long n, DigitStyle style) {
		DecimalFormat df = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(style.numberLocale()));
		return df.format(n);
	}

	/** True when the text contains at least one Thai digit. */
	public static boolean containsThaiDigit(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			int d = text.charAt(i) - THAI_ZERO;
			if (d >= 0 && d <= 9) {
				return true;
			}
		}
		return false;
	}
}
