package org.sujarit.ui.reports;

/** User-visible strings of the report dialog (messages.properties / messages_th.properties, UTF-8). */
public final class Messages {
	public static String dialogTitle;
	public static String dialogMessage;
	public static String table;
	public static String tableSummary;
	public static String tableAnnual;
	public static String tableResults;
	public static String tableSheets;
	public static String year;
	public static String yearDefault;
	public static String round;
	public static String round6;
	public static String round12;
	public static String digits;
	public static String digitsThai;
	public static String digitsArabic;
	public static String preview;
	public static String export;
	public static String exportTitle;
	public static String jobPreview;
	public static String jobExport;
	public static String failedTitle;
	public static String previewFailed;
	public static String exported;
	public static String pages;

	static {
		org.sujarit.emf.ui.MessageLoader.load(Messages.class, "org.sujarit.ui.reports.messages");
	}

	private Messages() {
	}
}
