package org.sujarit.ui.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.document.PlanDocument;
import org.sujarit.model.Plan;
import org.sujarit.publish.PublishException;
import org.sujarit.publish.SitePublisher;

/**
 * File > Publish Website: choose among the open plans and a folder, then a background job writes the site (progress
 * in the status line and the Progress view; the result or the one-line reason in the job's status).
 */
public class PublishHandler extends AbstractHandler {
	static final String ID = "org.sujarit.ui.publish";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Map<String, Plan> open = new LinkedHashMap<>();
		String active = null;
		// editors are asked for their plan through getAdapter, as the Outline and Properties views do
		IEditorPart activeEditor = HandlerUtil.getActiveEditor(event);
		Plan activePlan = activeEditor == null ? null : activeEditor.getAdapter(Plan.class);
		if (activePlan != null) {
			active = label(activeEditor);
			open.put(active, activePlan);
		}
		for (IEditorReference ref : window.getActivePage().getEditorReferences()) {
			IEditorPart editor = ref.getEditor(false);
			Plan plan = editor == null ? null : editor.getAdapter(Plan.class);
			if (plan != null) {
				open.putIfAbsent(label(editor), plan);
			}
		}
		if (open.isEmpty()) {
			return null;
		}
		PublishDialog dialog = new PublishDialog(window.getShell(), new ArrayList<>(open.keySet()), active);
		if (dialog.open() != PublishDialog.OK) {
			return null;
		}
		List<Plan> copies = new ArrayList<>();
		for (String label : dialog.getChosen()) {
			copies.add(EcoreUtil.copy(open.get(label))); // the analyst keeps editing while the site is written
		}
		job(copies, dialog.getFolder()).schedule();
		return null;
	}

	private static String label(IEditorPart e) {
		PlanDocument document = e.getAdapter(PlanDocument.class);
		Path file = document == null ? null : document.getFile();
		return file == null ? e.getTitle() : file.getFileName().toString();
	}

	/** The publishing job (also used by the UI tests): a user job with progress; its status is the result line. */
	public static Job job(List<Plan> plans, Path folder) {
		Job job = Job.create(NLS.bind(Messages.job, folder), monitor -> {
			try {
				SitePublisher.Result r = SitePublisher.publish(plans, List.of(), folder, null, monitor);
				return new Status(IStatus.OK, ID, r.message(Locale.getDefault()));
			} catch (PublishException e) {
				if (e.getProblem() == org.sujarit.publish.PublishProblem.CANCELLED) {
					return Status.CANCEL_STATUS;
				}
				return new Status(IStatus.ERROR, ID, e.getLocalizedMessage(), e);
			}
		});
		job.setUser(true);
		return job;
	}
}
