package org.sujarit.emf.ui.properties;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.sujarit.emf.ui.Messages;

/**
 * Converts values of an EMF data type to and from the text a user types. Numbers accept Thai digits (๐-๙), grouping
 * commas and surrounding blanks, so "๑๒,๕๐๐.๕๐" and "12500.50" are the same amount; money stays a {@link BigDecimal}.
 * An empty text means "no value" ({@code null}) for object types. Errors are {@link IllegalArgumentException}s with a
 * localized message fit for the user.
 */
public final class DataTypeConverter {

	private DataTypeConverter() {
	}

	public static String toText(EDataType type, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (type == null) {
			return String.valueOf(value);
		}
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? "" : text;
	}

	public static Object fromText(EDataType type, String text) {
		String t = text == null ? "" : text.strip();
		Class<?> c = type == null ? String.class : type.getInstanceClass();
		if (c == String.class) {
			return text;
		}
		if (t.isEmpty()) {
			if (c != null && c.isPrimitive()) {
				throw new IllegalArgumentException(NLS.bind(Messages.notANumber, text));
			}
			return null;
		}
		try {
			if (c == BigDecimal.class) {
				return new BigDecimal(normalizeNumber(t));
			}
			if (c == Integer.class || c == int.class) {
				return Integer.valueOf(wholeNumber(t));
			}
			if (c == Long.class || c == long.class) {
				return Long.valueOf(wholeNumber(t));
			}
			if (c == Short.class || c == short.class) {
				return Short.valueOf(wholeNumber(t));
			}
			if (c == BigInteger.class) {
				return new BigInteger(wholeNumber(t));
			}
			if (c == Double.class || c == double.class) {
				return Double.valueOf(normalizeNumber(t));
			}
			if (c == Float.class || c == float.class) {
				return Float.valueOf(normalizeNumber(t));
			}
			return EcoreUtil.createFromString(type, t);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.notANumber, text), e);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.invalidValue, text, e.getMessage()), e);
		}
	}

	/** Null if the text converts, else the localized error message (for cell editor validators). */
	public static String check(EDataType type, String text) {
		try {
			fromText(type, text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	private static String wholeNumber(String t) {
		String n = normalizeNumber(t);
		if (n.contains(".")) {
			BigDecimal d = new BigDecimal(n);
			if (d.stripTrailingZeros().scale() > 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.notAWholeNumber, t));
			}
			return d.toBigInteger().toString();
		}
		return n;
	}

	/** Thai digits to ASCII, grouping commas and blanks removed. */
	static String normalizeNumber(String t) {
		StringBuilder sb = new StringBuilder(t.length());
		for (int i = 0; i < t.length(); i++) {
			char ch = t.charAt(i);
			if (ch >= '\u0E50' && ch <= '\u0E59') {
				sb.append((char) ('0' + (ch - '\u0E50')));
			} else if (ch != ',' && !Character.isWhitespace(ch) && ch != '\u00A0') {
				sb.append(ch);
			}
		}
		return sb.toString();
	}
}
