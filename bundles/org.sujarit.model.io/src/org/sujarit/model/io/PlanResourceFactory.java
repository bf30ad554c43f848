package org.sujarit.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link PlanResource}s for {@code .sujarit} files. Registered through
 * {@code org.eclipse.emf.ecore.extension_parser} under OSGi; {@link PlanResources#newResourceSet()} registers it
 * standalone.
 */
public class PlanResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new PlanResource(uri);
	}
}
