package org.sujarit.model.io;

/** Keys of this bundle's {@code messages.properties} / {@code messages_th.properties}. */
final class Messages {

	static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org.sujarit.model.io.messages");

	static final String LOAD_NOT_FOUND = "load.notFound";
	static final String LOAD_UNREADABLE = "load.unreadable";
	static final String LOAD_EMPTY = "load.empty";
	static final String LOAD_DOCTYPE = "load.doctype";
	static final String LOAD_MALFORMED = "load.malformed";
	static final String LOAD_MALFORMED_NO_POSITION = "load.malformedNoPosition";
	static final String LOAD_NOT_A_PLAN = "load.notAPlan";
	static final String LOAD_UNKNOWN_MODEL = "load.unknownModel";
	static final String LOAD_YEARS_RANGE = "load.yearsRange";
	static final String LOAD_YEARS_SPAN = "load.yearsSpan";
	static final String LOAD_YEAR_OF = "load.yearOf";
	static final String LOAD_AMOUNT = "load.amount";
	static final String LOAD_BAD_ENCODING = "load.badEncoding";
	static final String SAVE_FAILED = "save.failed";
	static final String SAVE_NO_PLAN = "save.noPlan";

	private Messages() {
	}
}
