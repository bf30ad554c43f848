package org.sujarit.ui.app;


import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.model.io.PlanResources;

/**
 * Does, on a second thread while the UI thread builds the workbench, the work whose classes the first paint of the
 * window and of the plan editor will need: rasterising an SVG view icon (JSVG, Java2D and StAX: ~700 classes, ~0.3 s
 * on the UI thread otherwise) and loading the plans to open, with their labels (EMF, XMI, the model and its item
 * providers). Nothing it creates is kept or shared: the UI thread later does the same work for real, only faster
 * because the classes are loaded and initialised. On a machine with two cores this takes ~0.5 s off the start.
 * <p>
 * Warm-up only: any failure is ignored here, the real work reports it.
 */
final class StartupWarmer {

	/** An SVG icon the workbench paints at start (the Outline and Properties views' icons are SVG). */
	private static final String SVG_ICON = "platform:/plugin/org.eclipse.ui.views/icons/full/eview16/outline_co.svg"; //$NON-NLS-1$

	/** Plans larger than this are not loaded twice (the warm-up would cost more than it saves). */
	private static final long MAX_PLAN_BYTES = 4L << 20;

	private StartupWarmer() {
	}

	static void start(List<Path> plansToOpen) {
		if (!Boolean.parseBoolean(System.getProperty("sujarit.warmup", "true"))) { //$NON-NLS-1$ //$NON-NLS-2$
			return; // -Dsujarit.warmup=false: for measuring what the warm-up brings (docs/startup.md)
		}
		Thread t = new Thread(() -> run(plansToOpen), "Sujarit: start-up warm-up"); //$NON-NLS-1$
		t.setDaemon(true);
		t.start();
	}

	private static void run(List<Path> plansToOpen) {
		try {
			ImageDescriptor.createFromURL(URI.create(SVG_ICON).toURL()).getImageData(100);
		} catch (Exception | LinkageError e) {
			// warm-up only
		}
		for (Path file : plansToOpen) {
			try {
				if (Files.size(file) <= MAX_PLAN_BYTES) {
					warmPlan(file);
				}
			} catch (Exception | LinkageError e) {
				// warm-up only: the editor reports a plan that cannot be read
			}
		}
	}

	private static void warmPlan(Path file) throws Exception {
		Resource resource = PlanResources.load(PlanResources.newResourceSet(), file);
		ComposedAdapterFactory factory = EditingDomains.registeredAdapterFactory();
		try {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (factory.adapt(o, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
					labels.getText(o);
					labels.getImage(o);
				}
			}
		} finally {
			factory.dispose();
			resource.unload();
		}
	}
}
