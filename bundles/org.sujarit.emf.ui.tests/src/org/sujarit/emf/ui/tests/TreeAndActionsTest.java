package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.actions.CopyAction;
import org.sujarit.emf.ui.actions.CreateChildAction;
import org.sujarit.emf.ui.actions.DeleteAction;
import org.sujarit.emf.ui.actions.NewChildMenu;
import org.sujarit.emf.ui.actions.PasteAction;
import org.sujarit.emf.ui.actions.UndoAction;
import org.sujarit.emf.ui.domain.DirtyState;
import org.sujarit.emf.ui.viewers.ItemProviderContentProvider;
import org.sujarit.emf.ui.viewers.ItemProviderLabelProvider;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;

/** Tree content/labels follow commands; edit actions and dirty state work on the command stack. */
class TreeAndActionsTest {

	private TestPlans t;
	private Shell shell;
	private TreeViewer viewer;
	private ItemProviderContentProvider content;

	@BeforeEach
	void setUp() {
		t = new TestPlans();
		shell = new Shell(Display.getDefault());
		shell.setSize(600, 400);
		viewer = new TreeViewer(shell, SWT.MULTI);
		viewer.getTree().setSize(600, 400);
		content = new ItemProviderContentProvider(t.domain.getAdapterFactory());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new ItemProviderLabelProvider(t.domain.getAdapterFactory()));
		viewer.setInput(t.plan.eResource());
		viewer.expandAll();
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	private TreeItem item(Object element) {
		viewer.reveal(element);
		return (TreeItem) viewer.testFindItem(element);
	}

	@Test
	void treeShowsStructureWithItemProviderLabelsAndIcons() {
		TreeItem plan = viewer.getTree().getItem(0);
		assertTrue(plan.getText().contains("แผนทดสอบ"), plan.getText());
		assertTrue(item(t.p1).getText().contains("โครงการอบรมคุณธรรม"), item(t.p1).getText());
		assertTrue(item(t.p1).getImage() != null, "icon converted from the edit bundle's GIF");
		assertEquals(t.m11, ((TreeItem) viewer.testFindItem(t.p1)).getParentItem().getData());
	}

	@Test
	void labelAndStructureFollowCommands() {
		t.domain.getCommandStack().execute(SetCommand.create(t.domain, t.p1, PlanPackage.Literals.PROJECT__NAME, "ชื่อที่แก้"));
		content.flush();
		assertTrue(item(t.p1).getText().contains("ชื่อที่แก้"), item(t.p1).getText());
		int before = item(t.m11).getItemCount();
		CreateChildAction newProject = NewChildMenu.childActions(t.domain, t.m11).stream()
				.filter(a -> a.getText() != null && a.getText().toLowerCase().contains("project")).findFirst().orElseThrow();
		newProject.run();
		content.flush();
		viewer.expandAll();
		assertEquals(before + 1, item(t.m11).getItemCount());
		t.domain.getCommandStack().undo();
		content.flush();
		assertEquals(before, item(t.m11).getItemCount());
	}

	@Test
	void deleteUndoAndDirtyState() {
		int[] changes = { 0 };
		DirtyState dirty = new DirtyState(t.domain.getCommandStack(), () -> changes[0]++);
		assertFalse(dirty.isDirty());
		DeleteAction delete = new DeleteAction(t.domain);
		delete.selectionChanged(new StructuredSelection(t.p2));
		assertTrue(delete.isEnabled());
		delete.run();
		assertFalse(t.m11.getProjects().contains(t.p2));
		assertTrue(dirty.isDirty());
		dirty.saved();
		assertFalse(dirty.isDirty());
		UndoAction undo = new UndoAction(t.domain);
		assertTrue(undo.isEnabled());
		undo.run();
		assertTrue(t.m11.getProjects().contains(t.p2));
		assertTrue(dirty.isDirty(), "undo past the save point is a change");
		assertTrue(changes[0] >= 3);
	}

	@Test
	void copyPasteAndNewSibling() {
		CopyAction copy = new CopyAction(t.domain);
		copy.selectionChanged(new StructuredSelection(t.p3));
		copy.run();
		PasteAction paste = new PasteAction(t.domain);
		paste.selectionChanged(new StructuredSelection(t.m11));
		assertTrue(paste.isEnabled());
		paste.run();
		assertEquals(3, t.m11.getProjects().size());
		assertEquals("กิจกรรมประกาศเจตจำนง", t.m11.getProjects().get(2).getName());
		List<CreateChildAction> siblings = NewChildMenu.siblingActions(t.domain, t.p1);
		assertFalse(siblings.isEmpty(), "a project can get siblings in its mission");
	}

	@Test
	void dragAndDropMovesProjectToAnotherMission() {
		// what DomainDropAdapter executes when a project is dropped onto a mission
		Command drop = DragAndDropCommand.create(t.domain, t.m21, 0.5f, DragAndDropCommand.DROP_MOVE,
				DragAndDropCommand.DROP_MOVE, List.of(t.p1));
		assertTrue(drop.canExecute());
		t.domain.getCommandStack().execute(drop);
		assertEquals(t.m21, t.p1.eContainer());
		t.domain.getCommandStack().undo();
		assertEquals(t.m11, t.p1.eContainer());
		Project first = t.m11.getProjects().get(0);
		assertEquals(t.p1, first);
	}
}
