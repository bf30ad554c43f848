package org.sujarit.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.sujarit.model.Plan;

/**
 * Validates a plan for the editor. TEMPORARY: EMF's Diagnostician until org.sujarit.framework's PlanValidator
 * (API #5, structural checks plus the framework rules) is in main.
 */
public final class PlanValidation {

	private PlanValidation() {
	}

	public static Diagnostic validate(Plan plan, IProgressMonitor monitor) {
		if (plan == null) {
			return Diagnostic.OK_INSTANCE;
		}
		BasicDiagnostic root = new BasicDiagnostic("org.sujarit.ui", 0, "", new Object[] { plan });
		Diagnostician diagnostician = new Diagnostician();
		for (EObject o : plan.eContents()) {
			root.add(diagnostician.validate(o));
		}
		return root;
	}
}
