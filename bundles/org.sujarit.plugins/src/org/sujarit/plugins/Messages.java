package org.sujarit.plugins;

import org.eclipse.osgi.util.NLS;

/** Messages of the plug-ins folders (messages.properties, messages_th.properties). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.sujarit.plugins.messages"; //$NON-NLS-1$

	public static String NotABundle;
	public static String Duplicate;
	public static String Unresolved;
	public static String InstallFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
