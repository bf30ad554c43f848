package org.sujarit.model.io;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI resource holding one plan. It carries Sujarit's load and save options as its defaults, so every way of
 * loading a plan (PlanResources, an editing domain's resource set, EMF's registry) refuses DOCTYPEs, keeps unknown
 * content and writes the same bytes for the same plan. Cross references use the projects' and units' ID attributes.
 */
public class PlanResource extends XMIResourceImpl {

	public PlanResource(URI uri) {
		super(uri);
		// O(1) lookup of projects/units by id while resolving references
		setIntrinsicIDToEObjectMap(new HashMap<>());
		getDefaultLoadOptions().putAll(PlanResources.defaultLoadOptions());
		getDefaultSaveOptions().putAll(PlanResources.defaultSaveOptions());
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
