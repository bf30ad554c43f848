package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.menus.CommandContributionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.model.Project;
import org.sujarit.model.SubMission;
import org.sujarit.ui.catalogue.CatalogueCommands;
import org.sujarit.ui.catalogue.CatalogueDialog;
import org.sujarit.ui.editor.PlanEditor;

/** "Add from Catalogue" in the running workbench: the context-menu entry and the dialog. */
class AddFromCatalogueUiTest {

	private static final String COMMAND = "org.sujarit.ui.addFromCatalogue";

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

	@Test
	void contextMenuOffersItAndDialogListsTheSubMissionEntries() throws Exception {
		Workbench.run(this::steps);
	}

	private void steps() throws Exception {
		assertTrue(SamplePlans.hasSample());
		PlanEditor editor = Workbench.openPlan(page, SamplePlans.copy(temp));
		SubMission s222 = editor.getPlan().getDimensions().stream().flatMap(d -> d.getMissions().stream())
				.flatMap(m -> m.getSubMissions().stream()).filter(s -> "2.2.2".equals(s.getCode())).findFirst()
				.orElseThrow();
		var viewer = editor.getStructurePage().getViewer();
		viewer.setSelection(new StructuredSelection(s222), true);
		viewer.getControl().setFocus();
		Ui.spin(200);

		assertTrue(findItem(editor).isEnabled(), "enabled on a sub-mission");
		Project project = s222.getProjects().get(0);
		viewer.setSelection(new StructuredSelection(project), true);
		Ui.spin(200);
		assertFalse(isShownAndEnabled(editor), "not offered on a project");

		FrameworkDescriptor nacc = FrameworkRegistry.getDefault().forPlan(editor.getPlan());
		List<CatalogueEntry> entries = CatalogueCommands.entriesUnder(nacc, "2.2.2");
		CatalogueDialog dialog = new CatalogueDialog(page.getWorkbenchWindow().getShell(), nacc, s222, entries);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.getShell().setSize(1100, 600);
			assertEquals(11, dialog.getViewer().getTable().getItemCount());
			dialog.getViewer().setChecked(entries.get(0), true);
			dialog.getViewer().setChecked(entries.get(3), true);
			Ui.screenshot(dialog.getShell(), "add-from-catalogue-dialog");
		} finally {
			dialog.close();
		}
	}

	/** Fills the Structure tree's context menu as a right click would and returns our entry. */
	private static IContributionItem findItem(PlanEditor editor) {
		IContributionItem item = item(editor);
		assertNotNull(item, "context menu has " + COMMAND + "; it has " + ids(editor));
		return item;
	}

	private static String ids(PlanEditor editor) {
		return java.util.Arrays.stream(editor.getStructurePage().getContextMenu().getItems())
				.map(i -> i.getClass().getSimpleName() + ":" + i.getId()).toList().toString();
	}

	private static boolean isShownAndEnabled(PlanEditor editor) {
		IContributionItem item = item(editor);
		return item != null && item.isVisible() && item.isEnabled();
	}

	// E4 turns plugin.xml menu contributions into its own item classes: match on the id (the command id)
	private static IContributionItem item(PlanEditor editor) {
		MenuManager manager = editor.getStructurePage().getContextMenu();
		Menu menu = editor.getStructurePage().getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Ui.spin(100);
		try {
			for (IContributionItem i : manager.getItems()) {
				if ((i.getId() != null && i.getId().startsWith(COMMAND)) || (i instanceof CommandContributionItem c
						&& c.getCommand() != null && COMMAND.equals(c.getCommand().getId()))) {
					return i;
				}
			}
			return null;
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
			Ui.spin(50);
		}
	}
}
