package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;
import org.sujarit.ui.reports.ReportPreviewView;
import org.sujarit.ui.reports.ReportUi;

/**
 * Reports: the summary table is previewed as page images (drawn by PDFBox, no external program) inside the workbench
 * and exported as a PDF in a job.
 */
class ReportPreviewUiTest {

	@TempDir
	Path temp;

	@AfterEach
	void tearDown() throws Exception {
		Workbench.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	@Test
	void previewAndExportSummary() throws Exception {
		Workbench.run(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			PlanEditor editor = (PlanEditor) page.openEditor(new PlanEditorInput(SamplePlans.copy(temp)), PlanEditor.ID);
			ReportRequest request = new ReportRequest(ReportTable.SUMMARY, null, null, DigitStyle.THAI, ReportFormat.PDF);
			Job preview = ReportUi.preview(page, editor.getPlan(), request);
			preview.schedule();
			assertTrue(Ui.waitUntil(() -> preview.getResult() != null, 180_000), "preview job finished");
			assertEquals(IStatus.OK, preview.getResult().getSeverity(), String.valueOf(preview.getResult()));
			assertTrue(Ui.waitUntil(() -> page.findView(ReportPreviewView.ID) instanceof ReportPreviewView v
					&& v.getPageCount() > 0, 10_000), "pages shown in the Report Preview view");
			// drawn in process by PDFBox at 60 dpi: A4 landscape is 297 × 210 mm = 841.9 × 595.3 pt → 701.6 × 496.1 px
			ReportPreviewView view = (ReportPreviewView) page.findView(ReportPreviewView.ID);
			for (org.eclipse.swt.graphics.Rectangle b : view.getPageBounds()) {
				assertTrue(Math.abs(b.width - 701.6) <= 1.5 && Math.abs(b.height - 496.1) <= 1.5,
						"an A4 landscape page at 60 dpi: " + b);
			}
			assertEquals(view.getPageCount(), view.getPageBounds().size(), "every page shown as an image");
			Ui.screenshot(page.getWorkbenchWindow().getShell(), "workbench-report-preview");

			Path pdf = temp.resolve("summary.pdf");
			Job export = ReportUi.export(editor.getPlan(), request, pdf);
			export.schedule();
			assertTrue(Ui.waitUntil(() -> export.getResult() != null, 180_000));
			assertEquals(IStatus.OK, export.getResult().getSeverity(), String.valueOf(export.getResult()));
			byte[] head = Files.readAllBytes(pdf);
			assertTrue(head.length > 1000 && new String(head, 0, 5).equals("%PDF-"), "a PDF was written");
		});
	}
}
