package org.sujarit.ui.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.sujarit.model.Plan;
import org.sujarit.report.ReportException;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;

/**
 * Rendering runs as background jobs with progress (Progress view, status line). The job works on a copy of the plan,
 * so the analyst can keep editing while BIRT renders.
 */
final class ReportJobs {

	static final String ID = "org.sujarit.ui.reports";

	/** Resolution of the preview's page images: an A4 landscape page is 702 × 496 pixels. */
	static final int PREVIEW_DPI = 60;

	private ReportJobs() {
	}

	/** Renders a PDF and shows its pages in the Report Preview view. */
	static Job preview(IWorkbenchPage page, Plan plan, ReportRequest request) {
		Plan copy = EcoreUtil.copy(plan);
		Job job = Job.create(NLS.bind(Messages.jobPreview, request.table().id()), monitor -> {
			try {
				Path dir = Files.createTempDirectory("sujarit-preview");
				Path pdf = dir.resolve(request.table().id() + ".pdf");
				render(copy, request, pdf, monitor);
				List<ImageData> images;
				try {
					images = PdfPages.render(pdf, PREVIEW_DPI, monitor);
				} catch (IOException | RuntimeException e) {
					return new Status(IStatus.WARNING, ID, NLS.bind(Messages.previewFailed, pdf, e.getLocalizedMessage()), e);
				}
				Display.getDefault().asyncExec(() -> {
					try {
						ReportPreviewView view = (ReportPreviewView) page.showView(ReportPreviewView.ID);
						view.show(request.table().id(), images);
					} catch (PartInitException e) {
						// the view is declared by this bundle: only a broken installation gets here
					}
				});
				return Status.OK_STATUS;
			} catch (ReportException e) {
				return new Status(IStatus.ERROR, ID, e.getLocalizedMessage(), e);
			} catch (IOException e) {
				return new Status(IStatus.ERROR, ID, e.getLocalizedMessage(), e);
			}
		});
		job.setUser(true);
		return job;
	}

	/** Renders into {@code target} (format from the request); the file appears only when complete. */
	static Job export(Plan plan, ReportRequest request, Path target) {
		Plan copy = EcoreUtil.copy(plan);
		Job job = Job.create(NLS.bind(Messages.jobExport, target.getFileName()), monitor -> {
			try {
				Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
				try {
					render(copy, request, temp, monitor);
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} finally {
					Files.deleteIfExists(temp);
				}
				return new Status(IStatus.OK, ID, NLS.bind(Messages.exported, target));
			} catch (ReportException | IOException e) {
				return new Status(IStatus.ERROR, ID, e.getLocalizedMessage(), e);
			}
		});
		job.setUser(true);
		return job;
	}

	private static void render(Plan plan, ReportRequest request, Path file, IProgressMonitor monitor)
			throws ReportException, IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			ReportService.getDefault().render(plan, request, out, monitor);
		}
	}
}
