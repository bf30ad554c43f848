package org.sujarit.core.money;

import java.util.Locale;

import org.sujarit.core.nls.MessageCatalog;
import org.sujarit.core.problem.ProblemCode;
import org.sujarit.core.problem.SujaritException;

/**
 * An amount that is not accepted: {@link #reason()} says why (its problem code), {@link #position()} where in the
 * text (1-based). The caller adds the file, line and column; the message is the reason alone, in English or Thai.
 */
public class AmountException extends SujaritException {

	private static final long serialVersionUID = 1L;

	private static final MessageCatalog CATALOG = MessageCatalog.of(Amounts.class, "org.sujarit.core.money.messages");

	/** Why an amount is refused. */
	public enum Reason implements ProblemCode {
		EMPTY("amount.empty"), NOT_A_NUMBER("amount.notANumber"), GROUPING("amount.grouping"),
		DECIMAL_COMMA("amount.decimalComma"), NEGATIVE("amount.negative"), TOO_MANY_DECIMALS("amount.tooManyDecimals"),
		TOO_LARGE("amount.tooLarge");

		private final String id;

		Reason(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public MessageCatalog catalog() {
			return CATALOG;
		}

		/** The reason in words (English for {@link Locale#ROOT}), with the bounds filled in. */
		public String text(Locale locale) {
			return message(locale, Amounts.MAX_INTEGER_DIGITS, Amounts.MAX_FRACTION_DIGITS);
		}
	}

	private final transient Reason reason;
	private final String text;
	private final int position;

	public AmountException(Reason reason, String text, int position) {
		super(reason, Amounts.MAX_INTEGER_DIGITS, Amounts.MAX_FRACTION_DIGITS);
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
}
