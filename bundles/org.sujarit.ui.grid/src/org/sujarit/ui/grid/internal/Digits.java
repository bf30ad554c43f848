package org.sujarit.ui.grid.internal;

/**
 * Maps Arabic digits to Thai digits (๐-๙) and back. A stop-gap until the grids switch to
 * {@code org.sujarit.thai.DigitStyle}/{@code ThaiDigits} (API #3), which another part of the project delivers.
 */
public final class Digits {

	private static final char THAI_ZERO = '\u0E50';

	private Digits() {
	}

	public static String toThai(String s) {
		if (s == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			sb.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
		}
		return sb.toString();
	}

	public static String toArabic(String s) {
		if (s == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			sb.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
		}
		return sb.toString();
	}

	/** Applies the chosen digit style to text that was produced with Arabic digits. */
	public static String apply(String s, boolean thai) {
		return thai ? toThai(s) : s;
	}
}
