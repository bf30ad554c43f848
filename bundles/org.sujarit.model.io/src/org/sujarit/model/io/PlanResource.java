package org.sujarit.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sujarit.model.unknown.UnknownContent;

/**
 * An XMI resource holding one plan. It carries Sujarit's load and save options as its defaults, so every way of
 * loading a plan (PlanResources, an editing domain's resource set, EMF's registry) refuses DOCTYPEs, keeps unknown
 * content (objects of EPackages whose plug-in is not installed become read-only stand-in projects, see
 * {@link UnknownContent}) and writes the same bytes for the same plan. Cross references use the projects' and units' ID attributes.
 * Saving to a local file is atomic even through EMF's plain {@link #save(Map)} (an editor's save action), because it
 * goes through {@link PlanResources#save(org.eclipse.emf.ecore.resource.Resource, Map)}.
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
	public void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		Map<Object, Object> merged = options == null ? new HashMap<>() : new HashMap<>(options);
		if (getResourceSet() != null
				&& merged.get(XMLResource.OPTION_EXTENDED_META_DATA) instanceof BasicExtendedMetaData) {
			// look packages up where the loader does: the resource set's registry (plug-in packages may be local)
			merged.put(XMLResource.OPTION_EXTENDED_META_DATA,
					new BasicExtendedMetaData(getResourceSet().getPackageRegistry()));
		}
		super.doLoad(in, merged);
		// one warning per EPackage whose plug-in is not installed (its objects were kept as stand-ins)
		UnknownContent.addWarnings(this);
	}

	/** Objects of EPackages whose plug-in is not installed are kept as read-only stand-in projects. */
	@Override
	protected XMLLoad createXMLLoad() {
		return UnknownContent.createLoad(createXMLHelper());
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad();
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		if (PlanResources.toLocalFile(getURI()) != null) {
			PlanResources.save(this, options);
		} else {
			super.save(options);
		}
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
