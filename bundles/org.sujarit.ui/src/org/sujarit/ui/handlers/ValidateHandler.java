package org.sujarit.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.sujarit.document.PlanProblems;
import org.sujarit.ui.SujaritUi;

/**
 * Plan > Validate: validates the plan of the active part (any part that adapts to {@link PlanProblems}) and shows the
 * Problems view. Enabled only then (plugin.xml, {@code org.sujarit.document.hasPlan}).
 */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = PlanParts.partWithPlan(event);
		PlanProblems problems = part == null ? null : part.getAdapter(PlanProblems.class);
		if (problems != null) {
			problems.validate(null);
			try {
				part.getSite().getPage().showView(SujaritUi.PROBLEMS_VIEW_ID);
			} catch (PartInitException e) {
				SujaritUi.log("cannot show the Problems view", e);
			}
		}
		return null;
	}
}
