package org.sujarit.emf.ui.domain;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An editing domain that refuses, in one place, every command touching an object its {@link ReadOnlyPolicy} calls
 * read-only: commands it creates (set, add, remove, delete, cut, copy, drag and drop) are unexecutable when their owner,
 * or any object they move, copy or remove (or anything inside it), is read-only; commands built by hand and executed
 * on its stack are checked again by {@link GuardedCommandStack}.
 */
public class GuardedEditingDomain extends AdapterFactoryEditingDomain {

	private final ReadOnlyPolicy policy;

	public GuardedEditingDomain(AdapterFactory adapterFactory, CommandStack stack, ResourceSet resourceSet,
			ReadOnlyPolicy policy) {
		super(adapterFactory, stack, resourceSet);
		this.policy = policy == null ? ReadOnlyPolicy.NONE : policy;
	}

	public ReadOnlyPolicy getReadOnlyPolicy() {
		return policy;
	}

	/** Whether the object may not be changed. */
	public boolean isReadOnly(Object object) {
		return object != null && policy.isReadOnly(unwrap(object));
	}

	/** Whether the object or anything it contains may not be changed (removing it would remove them too). */
	public boolean isReadOnlyTree(Object object) {
		if (isReadOnly(object)) {
			return true;
		}
		if (unwrap(object) instanceof EObject e) {
			for (TreeIterator<EObject> it = e.eAllContents(); it.hasNext();) {
				if (isReadOnly(it.next())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the object is read-only in the domain that edits it (false when no guarded domain edits it). */
	public static boolean isReadOnlyInDomain(Object object) {
		EditingDomain domain = object == null ? null : getEditingDomainFor(object);
		return domain instanceof GuardedEditingDomain g && g.isReadOnly(object);
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
		boolean containment = parameter != null && containmentOrUnknown(parameter.getEStructuralFeature());
		if (parameter != null && (isReadOnly(parameter.getOwner()) || containment && isReadOnlyTree(parameter.getValue())
				|| anyReadOnly(parameter.getCollection(), containment))) {
			return UnexecutableCommand.INSTANCE;
		}
		return super.createCommand(commandClass, parameter);
	}

	/**
	 * Whether objects of this feature are held by containment (or the feature is not given, as for delete, cut and
	 * drag): then what is inside them moves or goes with them; a cross reference only points at them.
	 */
	static boolean containmentOrUnknown(Object feature) {
		return !(feature instanceof EReference r) || r.isContainment();
	}

	/** Whether any of the objects is read-only, or, when {@code deep}, holds read-only content. */
	boolean anyReadOnly(Collection<?> objects, boolean deep) {
		if (objects != null) {
			for (Object o : objects) {
				if (deep ? isReadOnlyTree(o) : isReadOnly(o)) {
					return true;
				}
			}
		}
		return false;
	}
}
