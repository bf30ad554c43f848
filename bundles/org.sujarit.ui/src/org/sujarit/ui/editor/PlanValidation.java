package org.sujarit.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Plan;

/** Validates a plan for the editor: EMF's structural checks plus every installed framework's rules (API #5). */
public final class PlanValidation {

	private PlanValidation() {
	}

	public static Diagnostic validate(Plan plan, IProgressMonitor monitor) {
		return plan == null ? Diagnostic.OK_INSTANCE : PlanValidator.validate(plan, monitor);
	}
}
