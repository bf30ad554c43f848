package org.sujarit.ui.app;

import org.sujarit.ui.Messages;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: size, title, status line with progress. */
public class SujaritWindowAdvisor extends WorkbenchWindowAdvisor {

	public SujaritWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new SujaritActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer c = getWindowConfigurer();
		c.setInitialSize(new Point(1400, 900));
		c.setShowCoolBar(true);
		c.setShowStatusLine(true);
		c.setShowProgressIndicator(true);
		c.setTitle(Messages.appTitle);
	}
}
