package org.sujarit.importer;

import org.sujarit.model.io.MessageBundle;

/** Keys of this bundle's {@code messages.properties} / {@code messages_th.properties}. */
final class Messages {

	static final MessageBundle BUNDLE = new MessageBundle(Messages.class, "org.sujarit.importer.messages");

	static final String NOT_FOUND = "import.notFound";
	static final String UNREADABLE = "import.unreadable";
	static final String UNKNOWN_SHAPE = "import.unknownShape";
	static final String BAD_JSON = "import.badJson";
	static final String MISSING_FIELD = "import.missingField";
	static final String BAD_VALUE = "import.badValue";
	static final String UNKNOWN_KIND = "import.unknownKind";
	static final String UNKNOWN_SUB_MISSION = "import.unknownSubMission";
	static final String CSV_UNTERMINATED = "import.csvUnterminated";
	static final String CSV_MISSING_COLUMN = "import.csvMissingColumn";
	static final String ROW_COLUMNS = "import.rowColumns";
	static final String ROW_VALUE = "import.rowValue";
	static final String ROW_DUPLICATE_SEQ = "import.rowDuplicateSeq";
	static final String ROW_NO_PROJECT = "import.rowNoProject";
	static final String ROW_UNKNOWN_STATUS = "import.rowUnknownStatus";
	static final String BAD_ENCODING = "import.badEncoding";
	static final String CSV_MALFORMED = "import.csvMalformed";
	static final String ROW_AMOUNT = "import.rowAmount";
	static final String JSON_AMOUNT = "import.jsonAmount";
	static final String WRONG_TYPE = "import.wrongType";
	static final String YEARS_OUT_OF_RANGE = "import.yearsOutOfRange";
	static final String TYPE_OBJECT = "type.object";
	static final String TYPE_ARRAY = "type.array";
	static final String TYPE_TEXT = "type.text";
	static final String TYPE_NUMBER = "type.number";
	static final String TYPE_INTEGER = "type.integer";
	static final String TYPE_BOOLEAN = "type.boolean";
	static final String TYPE_NULL = "type.null";
	static final String NO_YEAR = "import.noYear";
	static final String NO_ROUND = "import.noRound";
	static final String RESULTS_WITHOUT_PLAN = "import.resultsWithoutPlan";
	static final String SEVERAL_PLANS = "import.severalPlans";
	static final String NO_FILES = "import.noFiles";
	static final String CSV_PLAN_TITLE = "csv.planTitle";

	static final String CLI_USAGE = "cli.usage";
	static final String CLI_DONE = "cli.done";
	static final String CLI_FAILED = "cli.failed";

	private Messages() {
	}
}
