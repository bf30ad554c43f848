package org.sujarit.emf.ui.form;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.sujarit.emf.ui.domain.GuardedEditingDomain;

/** Finds the item property descriptor of a feature (for its localized label, candidates and editability). */
public final class PropertyDescriptors {

	private PropertyDescriptors() {
	}

	public static IItemPropertyDescriptor find(AdapterFactory adapterFactory, EObject object, EStructuralFeature feature) {
		Object source = adapterFactory.adapt(object, IItemPropertySource.class);
		if (source instanceof IItemPropertySource ips && ips.getPropertyDescriptors(object) != null) {
			for (IItemPropertyDescriptor d : ips.getPropertyDescriptors(object)) {
				if (d.getFeature(object) == feature) {
					return guard(object, d);
				}
			}
		}
		return null;
	}

	/**
	 * The descriptor, unable to set its property when the object is read-only in its editing domain (see
	 * {@link GuardedEditingDomain}): forms, tables and the Properties view then show it without an editor.
	 */
	public static IItemPropertyDescriptor guard(Object object, IItemPropertyDescriptor descriptor) {
		if (descriptor == null || !GuardedEditingDomain.isReadOnlyInDomain(object)) {
			return descriptor;
		}
		return new ItemPropertyDescriptorDecorator(object, descriptor) {
			@Override
			public boolean canSetProperty(Object thisObject) {
				return false;
			}
		};
	}

	/** The localized display name of a feature, or its name when no descriptor exists. */
	public static String label(AdapterFactory adapterFactory, EObject object, EStructuralFeature feature) {
		IItemPropertyDescriptor d = find(adapterFactory, object, feature);
		return d == null ? feature.getName() : d.getDisplayName(object);
	}
}
