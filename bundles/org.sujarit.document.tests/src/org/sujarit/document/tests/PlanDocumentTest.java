package org.sujarit.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.document.PlanDocument;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;

/** The open plan without any UI: load, dirty after a command, undo back to clean, save, reload after a change on disk. */
class PlanDocumentTest {

	@TempDir
	Path temp;

	private PlanDocument document;
	private final List<String> events = new ArrayList<>();

	@AfterEach
	void dispose() {
		if (document != null) {
			document.dispose();
		}
	}

	private PlanDocument open(Path file) {
		document = new PlanDocument(file);
		document.addListener(new PlanDocument.Listener() {
			@Override
			public void dirtyChanged(PlanDocument d) {
				events.add("dirty=" + d.isDirty());
			}

			@Override
			public void reloaded(PlanDocument d) {
				events.add("reloaded");
			}
		});
		return document;
	}

	private void rename(Project p, String name) {
		Command c = SetCommand.create(document.getEditingDomain(), p, PlanPackage.Literals.PROJECT__NAME, name);
		assertTrue(c.canExecute());
		document.getEditingDomain().getCommandStack().execute(c);
	}

	@Test
	void loadsThePlanClean() throws Exception {
		open(TestPlan.write(temp));
		Plan plan = document.getPlan();
		assertNotNull(plan);
		assertNull(document.getLoadProblem());
		assertEquals(2, plan.getAllProjects().size());
		assertEquals("โครงการที่ 1", plan.getAllProjects().get(0).getName());
		assertEquals(0, new BigDecimal(30000).compareTo(plan.getAllProjects().stream()
				.map(p -> p.getBudgets().get(0).getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add)));
		assertFalse(document.isDirty());
		assertFalse(document.isChangedOnDisk());
		assertTrue(document.getEditingDomain().getResourceSet().getResources().contains(document.getResource()));
	}

	@Test
	void aCommandMakesItDirtyAndUndoMakesItCleanAgain() throws Exception {
		open(TestPlan.write(temp));
		Project first = document.getPlan().getAllProjects().get(0);
		rename(first, "โครงการที่แก้ไขแล้ว");
		assertTrue(document.isDirty());
		assertEquals("โครงการที่แก้ไขแล้ว", first.getName());
		document.getEditingDomain().getCommandStack().undo();
		assertFalse(document.isDirty(), "undo back to the save point");
		assertEquals("โครงการที่ 1", first.getName());
		document.getEditingDomain().getCommandStack().redo();
		assertTrue(document.isDirty());
		assertEquals(List.of("dirty=true", "dirty=false", "dirty=true"), events);
	}

	@Test
	void saveWritesTheFileAndMovesTheSavePoint() throws Exception {
		Path file = TestPlan.write(temp);
		open(file);
		rename(document.getPlan().getAllProjects().get(1), "มาตรการที่บันทึกแล้ว");
		document.save();
		assertFalse(document.isDirty());
		assertFalse(document.isChangedOnDisk(), "our own save is not a change by someone else");
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("มาตรการที่บันทึกแล้ว"));
		assertEquals("มาตรการที่บันทึกแล้ว", PlanResources.loadPlan(file).getAllProjects().get(1).getName());
		// undoing past the save point makes it dirty again: the file has the change, the model not
		document.getEditingDomain().getCommandStack().undo();
		assertTrue(document.isDirty());
	}

	@Test
	void aChangeOnDiskIsNoticedAndReloadReadsIt() throws Exception {
		Path file = TestPlan.write(temp);
		open(file);
		Plan before = document.getPlan();
		rename(before.getAllProjects().get(0), "แก้ไขในหน้าต่างนี้");

		Plan other = PlanResources.loadPlan(file);
		other.getAllProjects().get(0).setName("แก้ไขจากภายนอก");
		PlanResources.save(other, file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertTrue(document.isChangedOnDisk());

		events.clear();
		document.reload();
		assertNotSame(before, document.getPlan());
		assertEquals("แก้ไขจากภายนอก", document.getPlan().getAllProjects().get(0).getName());
		assertFalse(document.isDirty(), "a reloaded plan is clean");
		assertFalse(document.getEditingDomain().getCommandStack().canUndo(), "undo history of the old plan dropped");
		assertFalse(document.isChangedOnDisk());
		assertEquals(1, document.getEditingDomain().getResourceSet().getResources().size(), "the old resource is gone");
		assertTrue(events.contains("reloaded"));
	}

	@Test
	void keepingTheMemoryVersionStopsAskingUntilTheNextChange() throws Exception {
		Path file = TestPlan.write(temp);
		open(file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertTrue(document.isChangedOnDisk());
		document.acceptDiskVersion();
		assertFalse(document.isChangedOnDisk());
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10000));
		assertTrue(document.isChangedOnDisk());
	}

	@Test
	void aFileThatIsNoPlanGivesADocumentWithoutPlan() throws Exception {
		Path file = temp.resolve("broken.sujarit");
		Files.writeString(file, "<not a plan", StandardCharsets.UTF_8);
		open(file);
		assertNull(document.getPlan());
		assertInstanceOf(PlanLoadException.class, document.getLoadProblem());
		assertFalse(document.isDirty());
		document.save(); // nothing to save: the broken file stays as it was
		assertEquals("<not a plan", Files.readString(file, StandardCharsets.UTF_8));
	}
}
