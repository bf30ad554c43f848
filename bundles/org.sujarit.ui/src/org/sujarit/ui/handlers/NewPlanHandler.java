package org.sujarit.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.ui.wizards.NewPlanWizard;

/** File > New Plan…: the new-plan wizard. */
public class NewPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		new WizardDialog(window.getShell(), new NewPlanWizard(window)).open();
		return null;
	}
}
