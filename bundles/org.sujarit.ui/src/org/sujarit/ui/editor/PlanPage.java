package org.sujarit.ui.editor;

import org.eclipse.swt.widgets.Control;
import org.sujarit.model.Plan;

/** A page of the plan editor contributed beside Structure and Project (the NatTable grids). */
public interface PlanPage {

	String getTitle();

	Control getControl();

	/** Re-reads the model (called when the page becomes visible). */
	void refresh();

	/** After the file was reloaded from disk; {@link #getControl()} stays the same control. */
	void setPlan(Plan plan);

	/** Thai or Arabic digits in the page's numbers. */
	void setThaiDigits(boolean thai);

	/** Marks objects with validation problems (object → Diagnostic severity); the default page shows none. */
	default void setProblems(java.util.Map<? extends org.eclipse.emf.ecore.EObject, Integer> severities) {
	}

	void dispose();
}
