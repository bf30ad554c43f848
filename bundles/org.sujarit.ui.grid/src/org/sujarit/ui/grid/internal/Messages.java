package org.sujarit.ui.grid.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the grids (messages.properties, messages_th.properties; UTF-8). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sujarit.ui.grid.internal.messages"; //$NON-NLS-1$

	public static String Money_bahtSuffix;
	public static String Row_unknownProject;
	public static String Money_notAnAmount;
	public static String Money_tooManyDecimals;

	public static String Row_project;
	public static String Row_grandTotal;
	public static String Row_dimension;
	public static String Row_mission;
	public static String Row_groupWithCount;

	public static String Budget_hint;
	public static String Budget_noBudget;
	public static String Budget_accepted;
	public static String Budget_commandLabel;
	public static String Budget_projectColumn;
	public static String Budget_yearColumn;
	public static String Budget_yearsGroup;
	public static String Budget_pasteLabel;
	public static String Budget_clearLabel;
	public static String Budget_pasteNoTarget;
	public static String Budget_pasteRefused;

	public static String Schedule_hint;
	public static String Schedule_yearLabel;
	public static String Schedule_caption;
	public static String Schedule_quarterColumn;
	public static String Schedule_unitColumn;
	public static String Schedule_countRow;
	public static String Schedule_addQuarter;
	public static String Schedule_removeQuarter;

	public static String Results_yearLabel;
	public static String Results_roundLabel;
	public static String Results_round6;
	public static String Results_round12;
	public static String Results_counts;
	public static String Results_roundMissing;
	public static String Results_budgetColumn;
	public static String Results_statusColumn;
	public static String Results_disbursedColumn;
	public static String Results_remarkColumn;
	public static String Results_status_AWAITING_REPORT;
	public static String Results_status_IN_PROGRESS;
	public static String Results_status_DONE;
	public static String Results_status_CANNOT_DO;
	public static String Results_statusRefused;
	public static String Results_totalRow;
	public static String Results_createRound;
	public static String Results_editLabel;
	public static String Results_indicatorsTitle;
	public static String Results_indicatorsNone;
	public static String Results_indicatorKind;
	public static String Results_indicatorText;
	public static String Results_indicatorTarget;
	public static String Results_indicatorActual;
	public static String Results_indicatorNote;
	public static String Results_output;
	public static String Results_outcome;
	public static String Results_valueRefused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
