package org.sujarit.emf.ui.domain;

import org.eclipse.emf.common.command.BasicCommandStack;
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
		ResourceSet rs = resourceSet == null ? new ResourceSetImpl() : resourceSet;
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), rs);
		if (EcoreUtil.getExistingAdapter(rs, IEditingDomainProvider.class) == null) {
			rs.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		}
		return domain;
	}
}
