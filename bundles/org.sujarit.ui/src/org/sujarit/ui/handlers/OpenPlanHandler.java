package org.sujarit.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.ui.Messages;
import org.sujarit.ui.SujaritUi;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;

/** File > Open Plan…: chooses a .sujarit file and opens it in the plan editor. */
public class OpenPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(Messages.openPlan);
		dialog.setFilterExtensions(new String[] { "*.sujarit", "*" });
		dialog.setFilterNames(new String[] { Messages.planFiles, Messages.allFiles });
		String file = dialog.open();
		if (file != null) {
			try {
				window.getActivePage().openEditor(new PlanEditorInput(Path.of(file)), PlanEditor.ID);
			} catch (PartInitException e) {
				SujaritUi.log("cannot open " + file, e);
			}
		}
		return null;
	}
}
