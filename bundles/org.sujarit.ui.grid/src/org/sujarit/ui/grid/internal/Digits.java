package org.sujarit.ui.grid.internal;

import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/** The grids' access to {@link ThaiDigits}: converters hold a "Thai digits?" supplier bound to the page. */
public final class Digits {

	private Digits() {
	}

	public static String toArabic(String s) {
		return s == null ? null : ThaiDigits.toArabic(s);
	}

	/** Applies the page's digit style to text that was produced with Arabic digits. */
	public static String apply(String s, boolean thai) {
		return s == null ? null : ThaiDigits.apply(s, thai ? DigitStyle.THAI : DigitStyle.ARABIC);
	}
}
