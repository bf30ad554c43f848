package org.sujarit.ui.grid;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the OSGi Service Loader Mediator (Apache Aries SPI Fly) when the grids first need it, not with the framework.
 * <p>
 * NatTable uses Eclipse Collections, whose API bundle finds its implementation through {@code java.util.ServiceLoader};
 * inside OSGi that only works once SPI Fly is active, and before the first Eclipse Collections class is loaded (SPI
 * Fly rewrites the {@code ServiceLoader} calls as classes are defined). Starting SPI Fly costs about a second of CPU
 * on every launch (it parses the implementation bundle's 80 KB {@code Provide-Capability} header once per service, for
 * ~120 services), and nothing but the grids needs it. So the product does not start it with the framework: the plan
 * editor starts it in the background once the plan is on screen ({@link #startInBackground()}), and every grid waits
 * for it before touching NatTable ({@link #ensureStarted()}).
 * <p>
 * The start is transient: the framework does not remember it, so the next launch is fast again.
 */
public final class ServiceLoaderMediator {

	/** Bundle-SymbolicName of SPI Fly's dynamic weaving bundle. */
	public static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle"; //$NON-NLS-1$

	private static final FutureTask<Void> START = new FutureTask<>(ServiceLoaderMediator::start, null);

	private ServiceLoaderMediator() {
	}

	/**
	 * Starts SPI Fly in a background thread unless it is already started or starting; returns at once.
	 */
	public static void startInBackground() {
		if (!START.isDone()) {
			Thread t = new Thread(START, "Sujarit: start service loader mediator"); //$NON-NLS-1$
			t.setDaemon(true);
			t.setPriority(Thread.MIN_PRIORITY);
			t.start();
		}
	}

	/**
	 * Returns once SPI Fly is active: starts it in the calling thread, or waits for the background start. Cheap after
	 * the first call. A missing or failing SPI Fly is logged once; the grids then fail with Eclipse Collections' own
	 * message.
	 */
	public static void ensureStarted() {
		START.run(); // no-op when it ran or is running elsewhere
		try {
			START.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// logged by start(); nothing more to do here
		}
	}

	/** True once SPI Fly is active (for tests and diagnostics). */
	public static boolean isActive() {
		Bundle b = find();
		return b != null && b.getState() == Bundle.ACTIVE;
	}

	private static void start() {
		Bundle spiFly = find();
		if (spiFly == null) {
			log(Status.error("Sujarit grids: bundle " + SPI_FLY //$NON-NLS-1$
					+ " is not installed; NatTable cannot find Eclipse Collections")); //$NON-NLS-1$
			return;
		}
		if (spiFly.getState() == Bundle.ACTIVE) {
			return;
		}
		try {
			spiFly.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			log(Status.error("Sujarit grids: cannot start " + SPI_FLY, e)); //$NON-NLS-1$
		}
	}

	private static Bundle find() {
		Bundle self = FrameworkUtil.getBundle(ServiceLoaderMediator.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (SPI_FLY.equals(b.getSymbolicName())) {
				return b;
			}
		}
		return null;
	}

	private static void log(org.eclipse.core.runtime.IStatus status) {
		ILog.of(ServiceLoaderMediator.class).log(status);
	}
}
