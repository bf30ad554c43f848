package org.sujarit.report.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.osgi.framework.Bundle;

/**
 * Finds the designs' resources (reports/official.properties and its locale variants) in this bundle, wherever it is
 * installed (folder or jar): BIRT otherwise looks in a resource folder on disk.
 */
final class BundleResourceLocator implements IResourceLocator {
	private final Bundle bundle;
	private final String folder;

	BundleResourceLocator(Bundle bundle, String folder) {
		this.bundle = bundle;
		this.folder = folder;
	}

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type) {
		if (fileName == null) {
			return null;
		}
		String name = fileName.replace('\\', '/');
		int slash = name.lastIndexOf('/');
		URL url = bundle.getEntry(folder + (slash >= 0 ? name.substring(slash + 1) : name));
		return url;
	}

	@Override
	public URL findResource(ModuleHandle module, String fileName, int type,
			@SuppressWarnings("rawtypes") Map appContext) {
		return findResource(module, fileName, type);
	}
}
