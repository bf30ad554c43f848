package org.sujarit.ui.reports;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.model.Plan;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;

/** Reports > Official Tables: the dialog, then a preview job or an export job (PDF, HTML or XLSX by file name). */
public class ReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Plan plan = planOf(event);
		if (plan == null) {
			return null;
		}
		ReportDialog dialog = new ReportDialog(window.getShell(), plan);
		int code = dialog.open();
		ReportRequest request = dialog.getRequest();
		if (code == ReportDialog.PREVIEW) {
			ReportJobs.preview(window.getActivePage(), plan, request).schedule();
		} else if (code == ReportDialog.EXPORT) {
			FileDialog save = new FileDialog(window.getShell(), SWT.SAVE);
			save.setText(Messages.exportTitle);
			save.setOverwrite(true);
			var formats = ReportService.getDefault().supportedFormats();
			save.setFilterExtensions(formats.stream().map(f -> "*." + f.id()).toArray(String[]::new));
			save.setFileName(request.table().id() + ".pdf");
			if (plan.eResource() != null && plan.eResource().getURI().isFile()) {
				save.setFilterPath(Path.of(plan.eResource().getURI().toFileString()).getParent().toString());
			}
			String file = save.open();
			if (file != null) {
				ReportFormat format = formatOf(file);
				ReportJobs.export(plan, request.withFormat(format), Path.of(file)).schedule();
			}
		}
		return null;
	}

	/**
	 * The plan of the active part (e.g. the Outline of a plan), else of the active editor: any part that adapts to a
	 * {@link Plan}; this bundle knows no editor class. The handler is enabled only then (plugin.xml).
	 */
	static Plan planOf(ExecutionEvent event) {
		Plan plan = Adapters.adapt(HandlerUtil.getActivePart(event), Plan.class);
		return plan != null ? plan : Adapters.adapt(HandlerUtil.getActiveEditor(event), Plan.class);
	}

	static ReportFormat formatOf(String file) {
		String lower = file.toLowerCase(Locale.ROOT);
		for (ReportFormat f : ReportFormat.values()) {
			if (lower.endsWith("." + f.id())) {
				return f;
			}
		}
		return ReportFormat.PDF;
	}
}
