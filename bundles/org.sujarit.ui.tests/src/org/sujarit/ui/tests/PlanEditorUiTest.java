package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.emf.ui.form.TextFieldEditor;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanPage;
import org.sujarit.ui.editor.PlanPages;
import org.sujarit.ui.grid.ServiceLoaderMediator;
import org.sujarit.thai.DigitStyle;
import org.sujarit.ui.views.ProblemsView;

/**
 * The plan editor in the running Sujarit workbench, driven through its widgets: the smoke test of issue 2 (the
 * sample plan's tree is shown) and the edit → undo → save → reopen cycle of issue 4. Screenshots of each page go to
 * ${sujarit.test.out}.
 */
class PlanEditorUiTest {

	@TempDir
	Path temp;

	private IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.run(() -> page = Workbench.resetPage());
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.closeEditors(page);
	}

	private PlanEditor open(Path file) throws Exception {
		return Workbench.openPlan(page, file);
	}

	private static List<TreeItem> allItems(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem i : tree.getItems()) {
			collect(i, items);
		}
		return items;
	}

	private static void collect(TreeItem item, List<TreeItem> into) {
		into.add(item);
		for (TreeItem c : item.getItems()) {
			if (c.getData() != null) {
				collect(c, into);
			}
		}
	}

	@Test
	void sampleTreeIsShown() throws Exception {
		Workbench.run(this::sampleTreeIsShownSteps);
	}

	private void sampleTreeIsShownSteps() throws Exception {
		Path file = SamplePlans.copy(temp);
		PlanEditor editor = open(file);
		Plan plan = editor.getPlan();
		assertNotNull(plan, "plan loaded");
		Tree tree = editor.getStructurePage().getViewer().getTree();
		assertTrue(Ui.waitUntil(() -> tree.getItemCount() == 1, 5000));
		assertTrue(tree.getItem(0).getText().contains(plan.getTitle()), tree.getItem(0).getText());
		editor.getStructurePage().expandAll();
		Ui.spin(200);
		List<String> labels = allItems(tree).stream().map(TreeItem::getText).toList();
		for (var d : plan.getDimensions()) {
			assertTrue(labels.stream().anyMatch(l -> l.contains(d.getName())), "dimension shown: " + d.getName());
		}
		long projectRows = allItems(tree).stream().filter(i -> i.getData() instanceof Project).count();
		assertEquals(plan.getAllProjects().size(), projectRows, "every project has a row");
		if (SamplePlans.hasSample()) {
			assertEquals(37, projectRows, "the Phitsanulok 2566-2570 plan has 37 projects");
		}
		editor.getStructurePage().getViewer().collapseAll();
		editor.getStructurePage().getViewer().expandToLevel(4);
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-structure");
	}

	@Test
	void gridPagesAreBuiltWhenFirstShown() throws Exception {
		Workbench.run(this::gridPagesAreBuiltWhenFirstShownSteps);
	}

	private void gridPagesAreBuiltWhenFirstShownSteps() throws Exception {
		PlanEditor editor = open(SamplePlans.copy(temp));
		List<PlanPage> pages = editor.getExtraPages();
		assertEquals(3, pages.size(), "Budget, Schedule, Results");
		for (PlanPage p : pages) {
			assertFalse(((PlanPages.GridPage) p).isBuilt(), p.getTitle() + ": no grid before the page is shown");
		}
		editor.setThaiDigits(true); // chosen before the grid exists: must reach it when it is built
		PlanPages.GridPage budget = (PlanPages.GridPage) pages.get(0);
		clickTab(budget);
		assertTrue(Ui.waitUntil(budget::isBuilt, 5000), "Budget grid built when its tab is chosen");
		assertEquals(DigitStyle.THAI, budget.getGrid().getDigitStyle());
		assertTrue(ServiceLoaderMediator.isActive(), "SPI Fly started for the grid");
		// the grid fills the page and shows the plan: the first dimension's row is on screen
		org.eclipse.nebula.widgets.nattable.NatTable table = budget.getGrid().getNatTable();
		String dimension = editor.getPlan().getDimensions().get(0).getName();
		assertTrue(Ui.waitUntil(() -> table.getBounds().height > 300 && shownText(table).contains(dimension), 5000),
				"grid laid out with the plan's rows: " + table.getBounds() + " " + shownText(table));
		assertFalse(((PlanPages.GridPage) pages.get(1)).isBuilt(), "Schedule still waits for its tab");
	}

	@Test
	void aFileChangedOnDiskIsReloadedIntoTheSamePages() throws Exception {
		Workbench.run(this::aFileChangedOnDiskIsReloadedIntoTheSamePagesSteps);
	}

	private void aFileChangedOnDiskIsReloadedIntoTheSamePagesSteps() throws Exception {
		Path file = SamplePlans.copy(temp);
		PlanEditor editor = open(file);
		PlanPages.GridPage budget = (PlanPages.GridPage) editor.getExtraPages().get(0);
		clickTab(budget);
		assertTrue(Ui.waitUntil(budget::isBuilt, 5000));
		org.sujarit.ui.grid.PlanGrid before = budget.getGrid();
		org.eclipse.swt.widgets.Control pageControl = budget.getControl();

		// someone else changes the first project's name and saves
		Plan other = org.sujarit.model.io.PlanResources.loadPlan(file);
		String renamed = "โครงการที่แก้ไขจากภายนอก";
		other.getAllProjects().get(0).setName(renamed);
		org.sujarit.model.io.PlanResources.save(other, file);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

		answerQuestion(IDialogConstants.YES_LABEL);
		editor.checkDisk();
		Ui.spin(300);

		assertEquals(renamed, editor.getPlan().getAllProjects().get(0).getName(), "reloaded from disk");
		assertFalse(editor.isDirty());
		assertTrue(budget.isBuilt(), "the Budget page was built before, so it is rebuilt");
		assertTrue(budget.getGrid() != before, "a fresh grid for the reloaded plan");
		assertEquals(pageControl, budget.getControl(), "same page control, still in the editor");
		assertFalse(pageControl.isDisposed());
		org.eclipse.nebula.widgets.nattable.NatTable table = budget.getGrid().getNatTable();
		assertTrue(Ui.waitUntil(() -> shownText(table).contains(renamed), 5000), shownText(table));
	}

	/** Chooses the editor page's tab as a click does (selection, then the folder's selection event). */
	private static void clickTab(PlanPage page) {
		CTabFolder folder = (CTabFolder) page.getControl().getParent();
		CTabItem tab = Arrays.stream(folder.getItems()).filter(i -> i.getControl() == page.getControl()).findFirst()
				.orElseThrow();
		folder.setSelection(tab);
		Event click = new Event();
		click.item = tab;
		folder.notifyListeners(SWT.Selection, click);
	}

	/** Presses the button with that label in the next question dialog (it opens in a nested event loop). */
	private static void answerQuestion(String label) {
		org.eclipse.swt.widgets.Display display = Ui.display();
		Runnable[] press = new Runnable[1];
		press[0] = () -> {
			org.eclipse.swt.widgets.Shell shell = display.getActiveShell();
			org.eclipse.swt.widgets.Button button = shell == null ? null : findButton(shell, label);
			if (button == null) {
				display.timerExec(100, press[0]);
				return;
			}
			button.notifyListeners(SWT.Selection, new Event());
		};
		display.timerExec(100, press[0]);
	}

	private static org.eclipse.swt.widgets.Button findButton(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof Composite inner) {
				org.eclipse.swt.widgets.Button b = findButton(inner, label);
				if (b != null) {
					return b;
				}
			}
		}
		return null;
	}

	/** The text of every cell in the visible part of a NatTable. */
	private static String shownText(org.eclipse.nebula.widgets.nattable.NatTable table) {
		StringBuilder b = new StringBuilder();
		for (int row = 0; row < table.getRowCount(); row++) {
			for (int col = 0; col < table.getColumnCount(); col++) {
				b.append(table.getDataValueByPosition(col, row)).append(' ');
			}
		}
		return b.toString();
	}

	@Test
	void editInPropertiesUndoSaveReopen() throws Exception {
		Workbench.run(this::editInPropertiesUndoSaveReopenSteps);
	}

	private void editInPropertiesUndoSaveReopenSteps() throws Exception {
		Path file = SamplePlans.copy(temp);
		PlanEditor editor = open(file);
		Project project = editor.getPlan().getAllProjects().get(0);
		String original = project.getName();
		String changed = original + " (แก้ไข)";

		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		editor.getStructurePage().getViewer().setSelection(new StructuredSelection(project), true);
		Ui.spin(300);
		page.activate(sheet);
		Ui.spin(300);
		Tree sheetTree = findTree((Composite) sheet.getCurrentPage().getControl());
		assertNotNull(sheetTree, "Properties view shows a tree");
		String nameLabel = org.sujarit.emf.ui.form.PropertyDescriptors.label(
				((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory(), project,
				PlanPackage.Literals.PROJECT__NAME);
		TreeItem row = allItems(sheetTree).stream().filter(i -> i.getText(0).equals(nameLabel)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + nameLabel + " in " + allItems(sheetTree).stream().map(i -> i.getText(0)).toList()));
		assertEquals(original, row.getText(1));

		// click the row as a user does: the property sheet opens the cell editor, type, press Enter
		sheetTree.setSelection(row);
		org.eclipse.swt.graphics.Rectangle cellBounds = row.getBounds(1);
		Event press = new Event();
		press.button = 1;
		press.x = cellBounds.x + 5;
		press.y = cellBounds.y + cellBounds.height / 2;
		sheetTree.notifyListeners(SWT.MouseDown, press);
		Ui.spin(200);
		Text cell = findText(sheetTree);
		assertNotNull(cell, "cell editor opened");
		cell.setText(changed);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		Ui.spin(200);
		assertEquals(changed, project.getName());
		assertTrue(editor.isDirty(), "dirty after an edit");
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-properties");

		// undo through the workbench's Edit > Undo handler
		page.activate(editor);
		Ui.spin(100);
		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo.isEnabled());
		undo.run();
		assertEquals(original, project.getName());
		assertFalse(editor.isDirty(), "back at the save point");
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
		assertEquals(changed, project.getName());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(changed), "saved to disk");
		page.closeEditor(editor, false);
		Ui.spin(200);

		PlanEditor reopened = open(file);
		assertEquals(changed, reopened.getPlan().getAllProjects().get(0).getName(), "the change survived save and reopen");
	}

	@Test
	void projectPageShowsEveryFieldAndWritesCommands() throws Exception {
		Workbench.run(this::projectPageShowsEveryFieldAndWritesCommandsSteps);
	}

	private void projectPageShowsEveryFieldAndWritesCommandsSteps() throws Exception {
		Path file = SamplePlans.copy(temp);
		PlanEditor editor = open(file);
		Project project = editor.getPlan().getAllProjects().get(0);
		editor.showProject(project);
		Ui.spin(300);
		TextFieldEditor rationale = (TextFieldEditor) editor.getProjectPage().getForm().editorFor(PlanPackage.Literals.PROJECT__RATIONALE);
		assertNotNull(rationale);
		assertEquals(project.getRationale() == null ? "" : project.getRationale(), rationale.getText().getText());
		assertTrue((rationale.getText().getStyle() & SWT.MULTI) != 0, "rationale is multi-line");
		int fields = org.sujarit.model.editor.presentation.PlanEditorContribution.INSTANCE
				.sectionFor(PlanPackage.Literals.PROJECT).getFields().size();
		assertTrue(editor.getProjectPage().getForm().getEditors().size() >= fields);
		rationale.getText().setFocus();
		rationale.getText().setText("เหตุผลใหม่\nบรรทัดที่สอง");
		rationale.commit();
		assertEquals("เหตุผลใหม่\nบรรทัดที่สอง", project.getRationale());
		assertTrue(editor.isDirty());
		assertEquals(2, editor.getProjectPage().getTables().size(), "budgets and indicators tables");
		assertEquals(project.getIndicators().size(), editor.getProjectPage().getTables().get(1).getViewer().getTable().getItemCount());
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-project");
		editor.getEditingDomain().getCommandStack().undo();
		assertFalse(editor.isDirty());
	}

	@Test
	void problemsJumpToTheObject() throws Exception {
		Workbench.run(this::problemsJumpToTheObjectSteps);
	}

	private void problemsJumpToTheObjectSteps() throws Exception {
		// a plan that follows no framework: PlanValidator warns that the framework rules cannot be checked
		Plan plan = SamplePlans.small();
		plan.setFrameworkId(null);
		Path file = temp.resolve("invalid.sujarit");
		SamplePlans.write(plan, file);
		PlanEditor editor = open(file);
		editor.validate(true);
		Ui.spin(300);
		ProblemsView problems = (ProblemsView) page.findView(ProblemsView.ID);
		assertNotNull(problems);
		int rows = problems.getViewer().getTable().getItemCount();
		assertTrue(rows > 0, "problems listed");
		var first = (org.eclipse.emf.common.util.Diagnostic) problems.getViewer().getElementAt(0);
		problems.reveal(first);
		Ui.spin(200);
		Object selected = editor.getStructurePage().getViewer().getStructuredSelection().getFirstElement();
		assertEquals(first.getData().get(0), selected, "double-click target selected in the tree");
		assertTrue(editor.getMarkers().severityOf((EObject) selected) >= org.eclipse.emf.common.util.Diagnostic.WARNING);
		Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-problems");
	}

	private static Tree findTree(Composite c) {
		if (c instanceof Tree t) {
			return t;
		}
		for (Control child : c.getChildren()) {
			if (child instanceof Tree t) {
				return t;
			}
			if (child instanceof Composite cc) {
				Tree t = findTree(cc);
				if (t != null) {
					return t;
				}
			}
		}
		return null;
	}

	private static Text findText(Composite c) {
		for (Control child : c.getChildren()) {
			if (child instanceof Text t && t.isVisible()) {
				return t;
			}
			if (child instanceof Composite cc) {
				Text t = findText(cc);
				if (t != null) {
					return t;
				}
			}
		}
		return null;
	}
}
