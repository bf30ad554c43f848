package org.sujarit.emf.ui.form;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * The form of one EClass: its editable fields in genmodel order and its nested single-valued containments (shown as
 * sub-sections). Implemented by generated {@code <Class>FormSection} classes; the generic {@link FeatureForm} renders
 * them, so the generated code stays declarative.
 */
public abstract class FormSection {

	public abstract EClass getEClass();

	public abstract List<FeatureField> getFields();

	/** Single-valued containments whose fields the form shows inline (e.g. a project's target group). */
	public List<EReference> getNestedFeatures() {
		return List.of();
	}

	/** Many-valued containments (shown by the tree, or by a table on a hand-written page). */
	public List<EReference> getChildFeatures() {
		return List.of();
	}
}
