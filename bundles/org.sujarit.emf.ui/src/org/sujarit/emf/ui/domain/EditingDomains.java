package org.sujarit.emf.ui.domain;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** Creates editing domains wired the way the bridge expects. */
public final class EditingDomains {

	private EditingDomains() {
	}

	/**
	 * The item provider adapter factories registered by edit plug-ins (extension point
	 * {@code org.eclipse.emf.edit.itemProviderAdapterFactories}), then resources, then EMF's reflective fallback.
	 */
	public static ComposedAdapterFactory registeredAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	/**
	 * A domain with a {@link BasicCommandStack} (save points for dirty tracking) over the given resource set, which
	 * is marked with the domain so that item property descriptors find it and edit through commands.
	 */
	public static AdapterFactoryEditingDomain create(ComposedAdapterFactory adapterFactory, ResourceSet resourceSet) {
		return create(adapterFactory, resourceSet, ReadOnlyPolicy.NONE);
	}

	/**
	 * As {@link #create(ComposedAdapterFactory, ResourceSet)}, with objects the policy calls read-only protected: a
	 * {@link GuardedEditingDomain} on a {@link GuardedCommandStack}.
	 */
	public static GuardedEditingDomain create(ComposedAdapterFactory adapterFactory, ResourceSet resourceSet,
			ReadOnlyPolicy policy) {
		ResourceSet rs = resourceSet == null ? new ResourceSetImpl() : resourceSet;
		GuardedEditingDomain[] self = new GuardedEditingDomain[1];
		GuardedEditingDomain domain = new GuardedEditingDomain(adapterFactory, new GuardedCommandStack(() -> self[0]), rs,
				policy);
		self[0] = domain;
		if (EcoreUtil.getExistingAdapter(rs, IEditingDomainProvider.class) == null) {
			rs.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		}
		return domain;
	}
}
