package org.sujarit.ui.catalogue;

import org.eclipse.osgi.util.NLS;

/** Strings of "add from catalogue" (Thai file \\u-escaped so it reads the same whatever encoding NLS assumes). */
public final class Messages extends NLS {
	public static String commandLabel;
	public static String commandDescription;
	public static String dialogTitle;
	public static String dialogMessage;
	public static String columnCode;
	public static String columnKind;
	public static String columnName;
	public static String kindProject;
	public static String kindActivity;
	public static String kindMeasure;
	public static String outputs;
	public static String selectAll;
	public static String deselectAll;
	public static String noFrameworkId;
	public static String frameworkMissing;
	public static String noEntries;
	public static String noSelection;
	public static String added;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
