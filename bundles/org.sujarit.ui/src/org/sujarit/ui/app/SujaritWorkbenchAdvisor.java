package org.sujarit.ui.app;

import org.sujarit.ui.Messages;
import org.sujarit.ui.SujaritUi;
import org.sujarit.ui.StartupClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;

/** Saves and restores the workbench (open plans, layout) and opens the plans given with {@code --open}. */
public class SujaritWorkbenchAdvisor extends WorkbenchAdvisor {

	private final List<Path> toOpen;

	public SujaritWorkbenchAdvisor(List<Path> toOpen) {
		this.toOpen = toOpen;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlanPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SujaritWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		StartupClock.mark("workbench started");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (Path file : toOpen) {
			if (!Files.isRegularFile(file)) {
				org.eclipse.jface.dialogs.MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailedTitle,
						org.eclipse.osgi.util.NLS.bind(Messages.fileNotFound, file));
				continue;
			}
			try {
				page.openEditor(new PlanEditorInput(file), PlanEditor.ID);
			} catch (PartInitException e) {
				SujaritUi.log("cannot open " + file, e);
			}
		}
	}
}
