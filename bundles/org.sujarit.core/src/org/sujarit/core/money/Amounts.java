package org.sujarit.core.money;

import java.math.BigDecimal;

/**
 * Reads and bounds amounts of baht. An amount is accepted only in an unambiguous form: digits with an optional point
 * and at most two decimals ({@code 1234.50}), or grouped by commas in threes ({@code 1,234.50}), in Arabic or Thai
 * digits; "1.234,50" (a decimal comma) and "1,2,3" are refused, never guessed. Every amount Sujarit reads, from any
 * file, is also held to {@link #check(BigDecimal) the bounds} before any work is sized by it.
 */
public final class Amounts {

	/** At most 999,999,999,999.99 baht: twelve digits before the point. */
	public static final int MAX_INTEGER_DIGITS = 12;
	/** Satang: two digits after the point. */
	public static final int MAX_FRACTION_DIGITS = 2;

	private Amounts() {
	}

	/**
	 * Parses one amount. Surrounding white space is ignored; an empty text is an error (callers decide what an empty
	 * cell means).
	 *
	 * @throws AmountException naming the reason and the 1-based position in {@code text} of the offending character
	 */
	public static BigDecimal parse(String text) throws AmountException {
		String s = text == null ? "" : text.strip();
		int lead = text == null ? 0 : text.indexOf(s.isEmpty() ? " " : s.substring(0, 1));
		if (s.isEmpty()) {
			throw new AmountException(AmountException.Reason.EMPTY, text, 1);
		}
		StringBuilder digits = new StringBuilder(s.length());
		int point = -1; // index in s of the decimal point
		int lastComma = -1;
		int integerDigits = 0;
		int fractionDigits = 0;
		int sinceComma = -1; // digits since the last comma (-1: no comma yet)
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int pos = lead + i + 1;
			int d = digit(c);
			if (d >= 0) {
				digits.append((char) ('0' + d));
				if (point < 0) {
					integerDigits++;
					if (sinceComma >= 0) {
						sinceComma++;
						if (sinceComma > 3) {
							throw new AmountException(AmountException.Reason.GROUPING, text, lead + lastComma + 1);
						}
					}
				} else {
					fractionDigits++;
				}
			} else if (c == ',') {
				if (point >= 0) { // "1.234,50": a decimal comma after grouping points
					throw new AmountException(AmountException.Reason.DECIMAL_COMMA, text, pos);
				}
				if (integerDigits == 0 || (sinceComma >= 0 && sinceComma != 3)
						|| (sinceComma < 0 && integerDigits > 3)) {
					throw new AmountException(AmountException.Reason.GROUPING, text, pos);
				}
				lastComma = i;
				sinceComma = 0;
			} else if (c == '.') {
				if (point >= 0) { // "1.234.567": points as thousands separators
					throw new AmountException(AmountException.Reason.DECIMAL_COMMA, text, pos);
				}
				if (sinceComma >= 0 && sinceComma != 3) {
					throw new AmountException(AmountException.Reason.GROUPING, text, lead + lastComma + 1);
				}
				if (integerDigits == 0) {
					throw new AmountException(AmountException.Reason.NOT_A_NUMBER, text, pos);
				}
				point = i;
				digits.append('.');
			} else if (c == '-' || c == '\u2212') {
				throw new AmountException(AmountException.Reason.NEGATIVE, text, pos);
			} else {
				throw new AmountException(AmountException.Reason.NOT_A_NUMBER, text, pos);
			}
		}
		if (sinceComma >= 0 && point < 0 && sinceComma != 3) {
			throw new AmountException(AmountException.Reason.GROUPING, text, lead + lastComma + 1);
		}
		if (point >= 0 && fractionDigits == 0) {
			throw new AmountException(AmountException.Reason.NOT_A_NUMBER, text, lead + point + 1);
		}
		if (fractionDigits > MAX_FRACTION_DIGITS) {
			// "1.234" may mean 1234 (a grouping point) as well as 1.234: refused, never guessed
			throw new AmountException(AmountException.Reason.TOO_MANY_DECIMALS, text,
					lead + point + MAX_FRACTION_DIGITS + 2);
		}
		BigDecimal value = new BigDecimal(digits.toString());
		if (integerDigits(value) > MAX_INTEGER_DIGITS) {
			throw new AmountException(AmountException.Reason.TOO_LARGE, text, lead + 1);
		}
		return value;
	}

	/**
	 * Checks an amount that was read as a number (a JSON number, a plan file's attribute) against the bounds: not
	 * negative, at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_FRACTION_DIGITS} after.
	 * Cheap for any value ({@code 1E+999999} is never expanded). Returns null when the amount is fine.
	 */
	public static AmountException.Reason check(BigDecimal value) {
		AmountException.Reason magnitude = checkMagnitude(value);
		if (magnitude != null) {
			return magnitude;
		}
		return value.signum() < 0 ? AmountException.Reason.NEGATIVE : null;
	}

	/** Like {@link #check(BigDecimal)}, but a negative amount passes (validation reports it on its object). */
	public static AmountException.Reason checkMagnitude(BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (integerDigits(value) > MAX_INTEGER_DIGITS) {
			return AmountException.Reason.TOO_LARGE;
		}
		// scale() of 1E-999999 is 999999: compare before stripping zeros, which would be slow on a huge scale
		if (value.scale() > MAX_FRACTION_DIGITS
				&& (value.scale() > 1000 || value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS)) {
			return AmountException.Reason.TOO_MANY_DECIMALS;
		}
		return null;
	}

	/** Digits before the point, without expanding the value (0.5 has 0, 1E+6 has 7). */
	private static long integerDigits(BigDecimal v) {
		return v.signum() == 0 ? 0 : Math.max(0L, (long) v.precision() - v.scale());
	}

	private static int digit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '\u0E50' && c <= '\u0E59') { // Thai digits ๐–๙
			return c - '\u0E50';
		}
		return -1;
	}
}
