package org.sujarit.report;

import org.eclipse.osgi.util.NLS;

/** User-visible messages of the report bundle (messages.properties, messages_th.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.sujarit.report.messages"; //$NON-NLS-1$

	public static String YearOutsidePlan;
	public static String NoResultsRound;
	public static String NoResultsAtAll;
	public static String FormatNotSupported;
	public static String EngineFailed;
	public static String RenderFailed;
	public static String TaskRendering;
	public static String TaskPreparing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
