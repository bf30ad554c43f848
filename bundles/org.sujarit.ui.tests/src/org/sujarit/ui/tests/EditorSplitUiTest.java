package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.emf.ui.form.ChoiceFieldEditor;
import org.sujarit.emf.ui.form.FeatureForm;
import org.sujarit.emf.ui.form.TextFieldEditor;
import org.sujarit.example.riskdimension.RiskFactory;
import org.sujarit.example.riskdimension.RiskLevel;
import org.sujarit.example.riskdimension.RiskPackage;
import org.sujarit.example.riskdimension.RiskProject;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.thai.DigitStyle;
import org.sujarit.ui.DigitsPreference;
import org.sujarit.ui.Messages;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanPages;
import org.sujarit.ui.views.ProblemsView;

/**
 * The split editor in the running workbench: the Problems view follows the active editor through getAdapter, plan
 * commands are disabled without a plan, the Thai-digits preference reaches every editor (also one opened later) and
 * the menu's check mark, and a plug-in's own attributes appear on the Project form.
 */
class EditorSplitUiTest {

	static final String VALIDATE = "org.sujarit.ui.validate";
	static final String THAI_DIGITS = "org.sujarit.ui.thaiDigits";
	static final String REPORTS = "org.sujarit.ui.reports.table";

	@TempDir
	Path temp;

	private IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.run(() -> {
			page = Workbench.resetPage();
			DigitsPreference.setThai(false);
		});
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.closeEditors(page);
		Workbench.run(() -> DigitsPreference.setThai(false));
	}

	/** The small plan without framework; with {@code outsideYears} its first project budgets 2575 (plan: 2566–2570). */
	private Path plan(String name, boolean outsideYears) throws Exception {
		Plan plan = SamplePlans.small();
		plan.setFrameworkId(null);
		if (outsideYears) {
			plan.getAllProjects().get(0).getBudgets().get(0).setFiscalYear(2575);
		}
		Path file = temp.resolve(name);
		SamplePlans.write(plan, file);
		return file;
	}

	private static int rows(ProblemsView view) {
		return view.getViewer().getTable().getItemCount();
	}

	@Test
	void problemsViewFollowsTheActiveEditor() throws Exception {
		Workbench.run(() -> {
			PlanEditor a = Workbench.openPlan(page, plan("a.sujarit", false));
			PlanEditor b = Workbench.openPlan(page, plan("b.sujarit", true));
			a.validate(false);
			b.validate(true);
			Ui.spin(300);
			ProblemsView view = (ProblemsView) page.findView(ProblemsView.ID);
			assertNotNull(view);

			page.activate(b);
			Ui.spin(200);
			assertSame(b, view.getCurrentProblemsPage().getPart(), "the page of the active editor");
			int rowsB = rows(view);
			page.activate(a);
			Ui.spin(200);
			assertSame(a, view.getCurrentProblemsPage().getPart());
			int rowsA = rows(view);
			assertTrue(rowsA > 0, "no framework: at least the warning that its rules cannot be checked");
			assertEquals(rowsA + 1, rowsB, "b is a plus one budget outside 2566–2570");
			assertTrue(view.getContentDescription().startsWith(a.getTitle()), view.getContentDescription());

			// b corrected and validated again: its page follows PlanProblems, without the view being asked
			page.activate(b);
			Project first = b.getPlan().getAllProjects().get(0);
			b.getEditingDomain().getCommandStack().execute(SetCommand.create(b.getEditingDomain(),
					first.getBudgets().get(0), PlanPackage.Literals.YEAR_BUDGET__FISCAL_YEAR, 2566));
			b.validate(false);
			Ui.spin(200);
			assertEquals(rowsA, rows(view));
			Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-problems-pagebook");

			page.closeAllEditors(false);
			Ui.spin(200);
			assertNull(view.getCurrentProblemsPage(), "no plan editor: the view's message page");
		});
	}

	private static boolean enabled(String commandId) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Command c = commands.getCommand(commandId);
		c.setEnabled(handlers.getCurrentState());
		return c.isEnabled();
	}

	@Test
	void planCommandsAreDisabledWithoutAPlanEditor() throws Exception {
		Workbench.run(() -> {
			page.closeAllEditors(false);
			Ui.spin(300);
			for (String id : List.of(VALIDATE, THAI_DIGITS, REPORTS)) {
				assertFalse(enabled(id), id + " without a plan editor");
			}
			PlanEditor editor = Workbench.openPlan(page, plan("a.sujarit", false));
			page.activate(editor);
			Ui.spin(300);
			for (String id : List.of(VALIDATE, THAI_DIGITS, REPORTS)) {
				assertTrue(enabled(id), id + " with a plan editor active");
			}
			// a view active, the plan editor still the active editor: still enabled
			page.activate(page.showView(ProblemsView.ID));
			Ui.spin(200);
			assertTrue(enabled(VALIDATE), "validate from the Problems view works on the active editor's plan");
		});
	}

	private static DigitStyle budgetDigits(PlanEditor editor) {
		return ((PlanPages.GridPage) editor.getExtraPages().get(0)).getGrid().getDigitStyle();
	}

	@Test
	void thaiDigitsReachEveryEditorAndOneOpenedLater() throws Exception {
		Workbench.run(() -> {
			PlanEditor a = Workbench.openPlan(page, plan("a.sujarit", false));
			assertEquals(DigitStyle.ARABIC, budgetDigits(a));
			assertFalse(planMenuCheck(), "the menu shows Arabic");

			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			handlers.executeCommand(THAI_DIGITS, null);
			Ui.spin(300);
			assertTrue(DigitsPreference.isThai());
			assertEquals(DigitStyle.THAI, budgetDigits(a));
			assertTrue(planMenuCheck(), "the menu shows Thai");

			PlanEditor b = Workbench.openPlan(page, plan("b.sujarit", false));
			Ui.spin(200);
			assertEquals(DigitStyle.THAI, budgetDigits(b), "the next editor opens with the digits the menu shows");

			page.activate(b);
			handlers.executeCommand(THAI_DIGITS, null);
			Ui.spin(300);
			assertEquals(DigitStyle.ARABIC, budgetDigits(a), "the editor that is not active follows too");
			assertEquals(DigitStyle.ARABIC, budgetDigits(b));
			assertFalse(planMenuCheck());
		});
	}

	/** The check mark of Plan > Thai Digits as the menu shows it (the menu is shown first, as a click does). */
	private boolean planMenuCheck() throws Exception {
		Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
		String label = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(THAI_DIGITS).getName()
				.replace("&", "");
		for (MenuItem top : bar.getItems()) {
			if (top.getText().replace("&", "").equals(Messages.menuPlan.replace("&", "")) && top.getMenu() != null) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				Ui.spin(100);
				for (MenuItem item : menu.getItems()) {
					if (item.getText().replace("&", "").startsWith(label)) {
						boolean checked = item.getSelection();
						menu.notifyListeners(SWT.Hide, new Event());
						return checked;
					}
				}
				throw new AssertionError("no item " + label + " in " + List.of(menu.getItems()).stream().map(MenuItem::getText).toList());
			}
		}
		throw new AssertionError("no Plan menu");
	}

	@Test
	void aPlugInsOwnAttributesAppearOnTheProjectForm() throws Exception {
		Workbench.run(() -> {
			Plan plan = SamplePlans.small();
			RiskProject risk = RiskFactory.eINSTANCE.createRiskProject();
			risk.setId("risk1");
			risk.setSeq(9);
			risk.setName("โครงการลดความเสี่ยงการจัดซื้อจัดจ้าง");
			risk.setRiskLevel(RiskLevel.HIGH);
			risk.setMitigation("แยกผู้จัดซื้อออกจากผู้ตรวจรับ");
			plan.getDimensions().get(0).getMissions().get(0).getProjects().add(risk);
			Path file = temp.resolve("risk.sujarit");
			SamplePlans.write(plan, file);

			PlanEditor editor = Workbench.openPlan(page, file);
			RiskProject shown = (RiskProject) editor.getPlan().getAllProjects().stream()
					.filter(p -> "risk1".equals(p.getId())).findFirst().orElseThrow();
			editor.showProject(shown);
			Ui.spin(300);
			FeatureForm form = editor.getProjectPage().getForm();
			assertInstanceOf(ChoiceFieldEditor.class, form.editorFor(RiskPackage.Literals.RISK_PROJECT__RISK_LEVEL),
					"the risk level is a choice of the enum's levels");
			TextFieldEditor mitigation = (TextFieldEditor) form.editorFor(RiskPackage.Literals.RISK_PROJECT__MITIGATION);
			assertEquals("แยกผู้จัดซื้อออกจากผู้ตรวจรับ", mitigation.getText().getText());
			assertNotNull(form.editorFor(PlanPackage.Literals.PROJECT__RATIONALE), "the generated Project fields stay");
			int generated = org.sujarit.model.editor.presentation.PlanEditorContribution.INSTANCE
					.sectionFor(PlanPackage.Literals.PROJECT).getFields().size();
			assertEquals(generated + 2, form.sectionFor(shown).getFields().size(), "Project's fields + riskLevel + mitigation");
			List<String> labels = labels(form.getControl());
			assertTrue(labels.contains("Risk Level") || labels.contains("ระดับความเสี่ยง"), String.valueOf(labels));
			assertTrue(labels.contains("Mitigation") || labels.contains("มาตรการลดความเสี่ยง"), String.valueOf(labels));
			Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-project-riskdimension");

			// typing on the form is a command: dirty, undo restores the plug-in's attribute
			mitigation.getText().setFocus();
			mitigation.getText().setText("หมุนเวียนกรรมการตรวจรับ");
			mitigation.commit();
			assertEquals("หมุนเวียนกรรมการตรวจรับ", shown.getMitigation());
			assertTrue(editor.isDirty());
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals("แยกผู้จัดซื้อออกจากผู้ตรวจรับ", shown.getMitigation());
			assertFalse(editor.isDirty());
			// a plain project of the same page shows no risk fields
			editor.showProject(editor.getPlan().getAllProjects().get(0));
			Ui.spin(200);
			assertNull(form.editorFor(RiskPackage.Literals.RISK_PROJECT__RISK_LEVEL));
		});
	}

	private static List<String> labels(Control c) {
		List<String> into = new ArrayList<>();
		collect(c, into);
		return into;
	}

	private static void collect(Control c, List<String> into) {
		if (c instanceof Label l) {
			into.add(l.getText());
		}
		if (c instanceof Composite comp) {
			for (Control child : comp.getChildren()) {
				collect(child, into);
			}
		}
	}
}
