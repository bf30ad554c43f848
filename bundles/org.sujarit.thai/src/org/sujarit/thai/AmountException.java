package org.sujarit.thai;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An amount that is not accepted: {@link #reason()} says why, {@link #position()} where in the text (1-based). The
 * caller adds the file, line and column; {@link #getMessage(Locale)} is the reason alone, in English or Thai.
 */
public class AmountException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why an amount is refused; {@link #key()} is the message key of the reason. */
	public enum Reason {
		EMPTY("amount.empty"), NOT_A_NUMBER("amount.notANumber"), GROUPING("amount.grouping"),
		DECIMAL_COMMA("amount.decimalComma"), NEGATIVE("amount.negative"), TOO_MANY_DECIMALS("amount.tooManyDecimals"),
		TOO_LARGE("amount.tooLarge");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		/** The reason in words (English for {@link Locale#ROOT}). */
		public String text(Locale locale) {
			// plain UTF-8 properties beside this class; to become org.sujarit.core.nls.MessageCatalog
			ResourceBundle rb = ResourceBundle.getBundle("org.sujarit.thai.messages", locale,
					Amounts.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return MessageFormat.format(rb.getString(key).replace("'", "''"), Amounts.MAX_INTEGER_DIGITS,
					Amounts.MAX_FRACTION_DIGITS);
		}
	}

	private final Reason reason;
	private final String text;
	private final int position;

	public AmountException(Reason reason, String text, int position) {
		super(reason.key());
		this.reason = reason;
		this.text = text;
		this.position = position;
	}

	public Reason reason() {
		return reason;
	}

	/** The text that was read. */
	public String text() {
		return text;
	}

	/** 1-based position in {@link #text()} of the character that makes it wrong. */
	public int position() {
		return position;
	}

	@Override
	public String getMessage() {
		return reason.text(Locale.ROOT);
	}

	@Override
	public String getLocalizedMessage() {
		return reason.text(Locale.getDefault());
	}

	public String getMessage(Locale locale) {
		return reason.text(locale);
	}
}
