package org.sujarit.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle's activator: logging and dialog settings. */
public class SujaritUi extends AbstractUIPlugin {

	public static final String ID = "org.sujarit.ui";

	/** The Problems view (declared in plugin.xml): it shows any part that adapts to {@code PlanProblems}. */
	public static final String PROBLEMS_VIEW_ID = "org.sujarit.ui.problemsView";

	private static SujaritUi instance;

	public static SujaritUi getDefault() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static void log(String message, Throwable t) {
		ILog.of(SujaritUi.class).log(new Status(IStatus.ERROR, ID, message, t));
	}

	public static void info(String message) {
		ILog.of(SujaritUi.class).log(new Status(IStatus.INFO, ID, message));
	}
}
