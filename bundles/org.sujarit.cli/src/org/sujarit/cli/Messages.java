package org.sujarit.cli;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line (messages.properties, messages_th.properties; -nl th|en chooses). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.sujarit.cli.messages"; //$NON-NLS-1$

	public static String UsageHeader;
	public static String UsageFooter;
	public static String UnknownCommand;
	public static String UnknownCommandDidYouMean;
	public static String UnexpectedArgument;
	public static String UnknownOption;
	public static String MissingOption;
	public static String MissingValue;
	public static String FileNotFound;
	public static String UnknownTable;
	public static String UnknownFormat;
	public static String BadYear;
	public static String BadRound;
	public static String BadDigits;
	public static String CannotWrite;
	public static String Written;
	public static String Imported;
	public static String ValidationClean;
	public static String ValidationSummary;
	public static String SeverityError;
	public static String SeverityWarning;
	public static String SeverityInfo;
	public static String InstallationProblem;
	public static String Unexpected;
	public static String PublishNoMeetings;
	public static String ReportAllFailed;
	public static String ReportAllSkipped;
	public static String PluginsFolder;
	public static String PluginsFrameworks;
	public static String PluginsFrameworkLine;
	public static String PluginsDimensionLine;
	public static String PluginsFromFolders;
	public static String PluginsNoProblems;
	public static String PluginsInstalled;
	public static String PluginsUninstalled;
	public static String PluginsNotInstalled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
