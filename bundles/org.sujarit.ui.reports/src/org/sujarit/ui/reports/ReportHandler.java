package org.sujarit.ui.reports;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.ui.editor.PlanEditor;

/** Reports > Official Tables: the dialog, then a preview job or an export job (PDF, HTML or XLSX by file name). */
public class ReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) || editor.getPlan() == null) {
			return null;
		}
		ReportDialog dialog = new ReportDialog(window.getShell(), editor.getPlan());
		int code = dialog.open();
		ReportRequest request = dialog.getRequest();
		if (code == ReportDialog.PREVIEW) {
			ReportJobs.preview(window.getActivePage(), editor.getPlan(), request).schedule();
		} else if (code == ReportDialog.EXPORT) {
			FileDialog save = new FileDialog(window.getShell(), SWT.SAVE);
			save.setText(Messages.exportTitle);
			save.setOverwrite(true);
			var formats = ReportService.getDefault().supportedFormats();
			save.setFilterExtensions(formats.stream().map(f -> "*." + f.id()).toArray(String[]::new));
			save.setFileName(request.table().id() + ".pdf");
			save.setFilterPath(editor.getFile().getParent().toString());
			String file = save.open();
			if (file != null) {
				ReportFormat format = formatOf(file);
				ReportJobs.export(editor.getPlan(), request.withFormat(format), Path.of(file)).schedule();
			}
		}
		return null;
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
