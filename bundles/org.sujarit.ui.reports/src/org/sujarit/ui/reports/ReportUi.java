package org.sujarit.ui.reports;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.sujarit.model.Plan;
import org.sujarit.report.ReportRequest;

/** The report jobs for other bundles and tests (the Reports menu uses the same). */
public final class ReportUi {

	private ReportUi() {
	}

	/** A job that renders the table and shows it in the Report Preview view (not yet scheduled). */
	public static Job preview(IWorkbenchPage page, Plan plan, ReportRequest request) {
		return ReportJobs.preview(page, plan, request);
	}

	/** A job that writes the table to {@code target} in the request's format (not yet scheduled). */
	public static Job export(Plan plan, ReportRequest request, Path target) {
		return ReportJobs.export(plan, request, target);
	}
}
