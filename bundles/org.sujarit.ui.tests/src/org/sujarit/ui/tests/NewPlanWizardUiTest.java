package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.Plan;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.wizards.NewPlanWizard;

/** A wizard dialog whose Finish button the test can press. */
final class TestDialog extends WizardDialog {
	TestDialog(org.eclipse.swt.widgets.Shell parent, NewPlanWizard wizard) {
		super(parent, wizard);
	}

	Button finishButton() {
		return getButton(IDialogConstants.FINISH_ID);
	}
}

/** File > New Plan: the wizard validates what is typed and creates, saves and opens the plan. */
class NewPlanWizardUiTest {

	@TempDir
	Path temp;

	@AfterEach
	void tearDown() throws Exception {
		Workbench.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	private boolean withFramework;

	@Test
	void createPlanWithTheWizard() throws Exception {
		Workbench.run(this::createPlanSteps);
	}

	private void createPlanSteps() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		NewPlanWizard wizard = new NewPlanWizard(page.getWorkbenchWindow());
		TestDialog dialog = new TestDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Ui.spin(200);
			NewPlanWizard.SettingsPage settings = wizard.getSettingsPage();
			settings.fill(temp.toString(), "new-plan.sujarit", "เทศบาลตำบลทดสอบ", OrganizationKind.MUNICIPALITY.getValue(),
					"2570", "2566", "1,000,000");
			Ui.spin(100);
			assertFalse(settings.isPageComplete(), "reversed years are refused");
			assertNotNull(settings.getErrorMessage());
			// the first installed framework (NACC 2566-2570 in the product) gives the dimension / mission skeleton
			withFramework = settings.frameworkCount() > 0;
			settings.fill(temp.toString(), "new-plan.sujarit", "เทศบาลตำบลทดสอบ", OrganizationKind.MUNICIPALITY.getValue(),
					"๒๕๖๖", "2570", "1,000,000", 0);
			Ui.spin(100);
			assertTrue(settings.isPageComplete(), String.valueOf(settings.getErrorMessage()));
			Ui.screenshot(dialog.getShell(), "workbench-new-plan-wizard");
			Button finish = dialog.finishButton();
			assertTrue(finish.isEnabled());
			finish.notifyListeners(SWT.Selection, new Event());
			Ui.spin(300);
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		Path file = temp.resolve("new-plan.sujarit");
		assertTrue(Files.isRegularFile(file), "plan file written");
		PlanEditor editor = (PlanEditor) page.getActiveEditor();
		assertNotNull(editor, "new plan opened");
		Plan plan = editor.getPlan();
		assertEquals("เทศบาลตำบลทดสอบ", plan.getOrganization().getName());
		assertEquals(OrganizationKind.MUNICIPALITY, plan.getOrganization().getKind());
		assertEquals(2566, plan.getFirstYear());
		assertEquals(2570, plan.getLastYear());
		assertEquals(0, new BigDecimal("1000000").compareTo(plan.getAnnualBudgetExclSubsidies()));
		if (withFramework) {
			assertNotNull(plan.getFrameworkId());
			assertFalse(plan.getDimensions().isEmpty(), "framework skeleton");
			assertFalse(plan.getDimensions().get(0).getMissions().isEmpty(), "missions of the skeleton");
			editor.getStructurePage().expandAll();
			Ui.spin(200);
			Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-new-plan");
		}
	}
}
