package org.sujarit.ui;

/** User-visible strings of the workbench (messages.properties / messages_th.properties, UTF-8). */
public final class Messages {
	public static String appTitle;
	public static String unknownContentTitle;
	public static String unknownContent;
	public static String unknownSuffix;
	public static String menuFile;
	public static String menuEdit;
	public static String menuPlan;
	public static String menuReports;
	public static String menuWindow;
	public static String menuShowView;
	public static String menuHelp;
	public static String pageStructure;
	public static String pageProject;
	public static String pageBudget;
	public static String pageSchedule;
	public static String pageResults;
	public static String selectProject;
	public static String unsupportedInput;
	public static String notAPlan;
	public static String cannotLoad;
	public static String saveFailedTitle;
	public static String saveFailed;
	public static String changedOnDiskTitle;
	public static String changedOnDisk;
	public static String changedOnDiskDirty;
	public static String openFailedTitle;
	public static String fileNotFound;
	public static String problemMessage;
	public static String problemObject;
	public static String problemSummary;
	public static String problemsNoPlan;
	public static String chooseFolder;
	public static String refresh;
	public static String openPlan;
	public static String planFiles;
	public static String allFiles;
	public static String newPlanTitle;
	public static String newPlanDescription;
	public static String newPlanFailed;
	public static String wizardFolder;
	public static String wizardFileName;
	public static String wizardOrganization;
	public static String wizardShortName;
	public static String wizardKind;
	public static String wizardProvince;
	public static String wizardFirstYear;
	public static String wizardLastYear;
	public static String wizardBudget;
	public static String wizardFramework;
	public static String wizardNoFramework;
	public static String wizardNeedOrganization;
	public static String wizardNeedYears;
	public static String wizardNeedExtension;
	public static String wizardFileExists;
	public static String yearsReversed;
	public static String planTitleTemplate;

	static {
		org.sujarit.emf.ui.MessageLoader.load(Messages.class, "org.sujarit.ui.messages");
	}

	private Messages() {
	}
}
