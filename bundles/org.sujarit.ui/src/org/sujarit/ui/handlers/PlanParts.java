package org.sujarit.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.model.Plan;

/** The part a plan command works on: the active part when it adapts to a plan (e.g. the Outline), else the active editor. */
final class PlanParts {

	private PlanParts() {
	}

	static IWorkbenchPart partWithPlan(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part != null && Adapters.adapt(part, Plan.class) != null) {
			return part;
		}
		IWorkbenchPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && Adapters.adapt(editor, Plan.class) != null ? editor : null;
	}
}
