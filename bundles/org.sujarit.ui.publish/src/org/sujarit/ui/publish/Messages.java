package org.sujarit.ui.publish;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of File > Publish Website (messages.properties / messages_th.properties, UTF-8). */
public final class Messages extends NLS {
	public static String dialogTitle;
	public static String dialogMessage;
	public static String plans;
	public static String folder;
	public static String browse;
	public static String folderDialog;
	public static String noPlan;
	public static String noFolder;
	public static String publish;
	public static String job;

	static {
		NLS.initializeMessages("org.sujarit.ui.publish.messages", Messages.class);
	}

	private Messages() {
	}
}
