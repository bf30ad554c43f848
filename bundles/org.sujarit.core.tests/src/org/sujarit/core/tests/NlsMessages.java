package org.sujarit.core.tests;

import org.eclipse.osgi.util.NLS;

/** Static labels read by Eclipse NLS from a plain UTF-8 properties file (no \\u escapes). */
public final class NlsMessages extends NLS {
	public static String greeting;
	public static String saveAction;

	static {
		NLS.initializeMessages("org.sujarit.core.tests.nls", NlsMessages.class);
	}

	private NlsMessages() {
	}
}
