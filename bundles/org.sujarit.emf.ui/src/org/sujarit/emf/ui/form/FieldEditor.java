package org.sujarit.emf.ui.form;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sujarit.emf.ui.domain.GuardedEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Control;

/**
 * One feature of one object on a form: creates its control, shows the current value and writes the user's value
 * back as a {@link SetCommand} on the editing domain. Subclasses implement one kind of widget.
 */
public abstract class FieldEditor {

	protected final EditingDomain domain;
	protected final EObject owner;
	protected final EStructuralFeature feature;
	protected final IItemPropertyDescriptor descriptor;

	protected FieldEditor(EditingDomain domain, EObject owner, EStructuralFeature feature, IItemPropertyDescriptor descriptor) {
		this.domain = domain;
		this.owner = owner;
		this.feature = feature;
		this.descriptor = descriptor;
	}

	public abstract Control getControl();

	/** Shows the model's current value (unless the user is typing in this control). */
	public abstract void refresh();

	public EStructuralFeature getFeature() {
		return feature;
	}

	protected Object currentValue() {
		return owner.eGet(feature);
	}

	protected boolean editable() {
		if (GuardedEditingDomain.isReadOnlyInDomain(owner)) {
			return false;
		}
		return descriptor == null || descriptor.canSetProperty(owner);
	}

	/** Executes a SetCommand when the value differs; returns whether something was executed. */
	protected boolean write(Object value) {
		Object current = currentValue();
		if (feature.isMany() && current instanceof Collection<?> c && value instanceof Collection<?> v
				&& c.size() == v.size() && c.containsAll(v) && v.containsAll(c) && c.toString().equals(v.toString())) {
			return false;
		}
		if (!feature.isMany() && Objects.equals(current, value)) {
			return false;
		}
		Command command = SetCommand.create(domain, owner, feature, value);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
