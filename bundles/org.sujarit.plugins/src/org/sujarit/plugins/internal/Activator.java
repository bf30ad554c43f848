package org.sujarit.plugins.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.sujarit.plugins.PluginFolders;

/** Started by the product at start level 3, before any application: installs the plug-ins folders' jars. */
public class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		PluginFolders folders = new PluginFolders(context, PluginFolders.defaultFolders(context));
		folders.synchronize();
		PluginFolders.setDefault(folders);
	}

	@Override
	public void stop(BundleContext context) {
		PluginFolders.setDefault(null);
	}
}
