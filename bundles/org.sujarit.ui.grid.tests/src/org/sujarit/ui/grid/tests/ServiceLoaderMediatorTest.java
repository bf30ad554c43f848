package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.sujarit.ui.grid.ServiceLoaderMediator;

/**
 * SPI Fly is not started by the framework (neither in the product nor in this test runtime); the grids start it
 * themselves, transiently, before Eclipse Collections is first used.
 */
class ServiceLoaderMediatorTest {

	@Test
	void startsSpiFlyTransientlySoThatEclipseCollectionsFindsItsImplementation() {
		Bundle spiFly = Arrays.stream(FrameworkUtil.getBundle(ServiceLoaderMediator.class).getBundleContext().getBundles())
				.filter(b -> ServiceLoaderMediator.SPI_FLY.equals(b.getSymbolicName())).findFirst().orElse(null);
		assertNotNull(spiFly, "SPI Fly is installed");

		ServiceLoaderMediator.startInBackground();
		ServiceLoaderMediator.ensureStarted(); // waits for the background start
		assertEquals(Bundle.ACTIVE, spiFly.getState());
		assertTrue(ServiceLoaderMediator.isActive());
		// transient: the next launch of the product starts without it again
		assertFalse(spiFly.adapt(BundleStartLevel.class).isPersistentlyStarted(), "started transiently");
		// what the grids need: the API bundle's ServiceLoader call finds the implementation bundle's factory
		assertEquals(3, Lists.mutable.of("a", "b", "c").size());
	}
}
