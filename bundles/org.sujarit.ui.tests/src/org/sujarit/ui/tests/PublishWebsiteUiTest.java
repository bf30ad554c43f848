package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;
import org.sujarit.ui.publish.PublishHandler;

/** File > Publish Website: the command is there, the job writes the site of the open plan, a bad folder fails cleanly. */
class PublishWebsiteUiTest {

	@TempDir
	Path temp;

	@AfterEach
	void tearDown() throws Exception {
		Workbench.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	@Test
	void publishTheOpenPlanInAJob() throws Exception {
		Workbench.run(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			Command c = commands.getCommand("org.sujarit.ui.publish.website");
			assertTrue(c.isDefined() && c.isHandled(), "File > Publish Website is contributed");

			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			PlanEditor editor = (PlanEditor) page.openEditor(new PlanEditorInput(SamplePlans.copy(temp)), PlanEditor.ID);
			Path site = temp.resolve("site");
			Job job = PublishHandler.job(List.of(editor.getPlan()), site);
			job.schedule();
			assertTrue(Ui.waitUntil(() -> job.getResult() != null, 300_000), "publishing job finished");
			assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
			assertTrue(Files.isRegularFile(site.resolve("index.html")) && Files.isRegularFile(site.resolve("en/index.html")));

			Path file = temp.resolve("not-a-folder");
			Files.writeString(file, "x");
			Job bad = PublishHandler.job(List.of(editor.getPlan()), file);
			bad.schedule();
			assertTrue(Ui.waitUntil(() -> bad.getResult() != null, 60_000));
			assertEquals(IStatus.ERROR, bad.getResult().getSeverity());
			assertTrue(bad.getResult().getMessage().contains(file.toString()), bad.getResult().getMessage());
			assertEquals("x", Files.readString(file));
		});
	}
}
