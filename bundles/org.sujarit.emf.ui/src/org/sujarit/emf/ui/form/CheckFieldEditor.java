package org.sujarit.emf.ui.form;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A check box for a boolean feature. */
public class CheckFieldEditor extends FieldEditor {

	private final Button check;

	public CheckFieldEditor(Composite parent, EditingDomain domain, EObject owner, EStructuralFeature feature,
			IItemPropertyDescriptor descriptor) {
		super(domain, owner, feature, descriptor);
		check = new Button(parent, SWT.CHECK);
		check.setEnabled(editable());
		check.addListener(SWT.Selection, e -> write(check.getSelection()));
		refresh();
	}

	@Override
	public Control getControl() {
		return check;
	}

	@Override
	public void refresh() {
		if (!check.isDisposed()) {
			check.setSelection(Boolean.TRUE.equals(currentValue()));
		}
	}
}
