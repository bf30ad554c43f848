package org.sujarit.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.plugins.PluginFolders;
import org.sujarit.plugins.PluginProblem;

/**
 * The plug-ins folders with the example dimension plug-in jar as built by the reactor (it is not part of this test
 * runtime, so only the folder can bring it): installed with its dimension 5, removed with its jar, and broken jars
 * beside it reported while it still works.
 */
class PluginFoldersTest {

	private static final String EXAMPLE = "org.sujarit.example.riskdimension";

	@TempDir
	Path dir;

	private Path dropins;
	private Path user;
	private PluginFolders folders;
	private BundleContext context;

	@BeforeEach
	void setUp() throws IOException {
		dropins = dir.resolve("install/dropins");
		user = dir.resolve("home/.sujarit/plugins");
		Files.createDirectories(dropins);
		Files.createDirectories(user);
		context = FrameworkUtil.getBundle(PluginFoldersTest.class).getBundleContext();
		folders = new PluginFolders(context, List.of(dropins, user));
	}

	@AfterEach
	void tearDown() throws IOException {
		for (Path folder : List.of(dropins, user)) {
			for (Path jar : PluginFolders.jars(folder)) {
				Files.delete(jar);
			}
		}
		folders.synchronize();
	}

	private static Path exampleJar() throws IOException {
		Path target = Path.of(System.getProperty("sujarit.root"), "bundles", EXAMPLE, "target");
		try (DirectoryStream<Path> s = Files.newDirectoryStream(target, EXAMPLE + "-*.jar")) {
			for (Path p : s) {
				if (!p.getFileName().toString().contains("sources")) {
					return p;
				}
			}
		} catch (IOException e) {
			// reported below
		}
		return fail("the example plug-in jar is not built: " + target);
	}

	private static DimensionDescriptor dimension5() {
		FrameworkDescriptor nacc = FrameworkRegistry.getDefault().findLatest("nacc.lao.2566");
		assertNotNull(nacc, "the NACC framework is installed");
		return nacc.findDimension("5");
	}

	/**
	 * Dimension 5 once the extension registry has caught up (it hears of a newly resolved or removed bundle from the
	 * framework's events, shortly after {@link PluginFolders#synchronize()}); null when it stays absent for 10 s.
	 */
	private static DimensionDescriptor awaitDimension5(boolean present) throws InterruptedException {
		for (int i = 0; i < 100 && (dimension5() != null) != present; i++) {
			Thread.sleep(100);
		}
		return dimension5();
	}

	private static Path jar(Path file, Map<String, String> headers) throws IOException {
		Manifest m = new Manifest();
		m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		headers.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m)) {
			// the manifest is all
		}
		return file;
	}

	@Test
	void exampleJarDroppedIntoTheUserFolderIsInstalledAndRemovedWithIt() throws Exception {
		assertNull(dimension5(), "before: the test runtime has no dimension 5");
		Path jar = Files.copy(exampleJar(), user.resolve(EXAMPLE + "_1.0.0.jar"));

		folders.synchronize();

		assertEquals(List.of(), folders.getProblems());
		assertEquals(List.of(EXAMPLE), folders.getInstalled().stream().map(Bundle::getSymbolicName).toList());
		Bundle b = folders.getInstalled().get(0);
		assertTrue(b.getState() == Bundle.STARTING || b.getState() == Bundle.ACTIVE, PluginFolders.stateName(b));
		DimensionDescriptor d = awaitDimension5(true);
		assertNotNull(d, "the example's dimension 5 is in the NACC framework");
		assertEquals(EXAMPLE, d.contributor());

		// the next start finds it installed and leaves it
		PluginFolders next = new PluginFolders(context, List.of(dropins, user));
		next.synchronize();
		assertEquals(b.getBundleId(), next.getInstalled().get(0).getBundleId());

		Files.delete(jar);
		next.synchronize();
		assertEquals(List.of(), next.getInstalled());
		assertEquals(Bundle.UNINSTALLED, b.getState());
		assertNull(awaitDimension5(false), "dimension 5 is gone with the jar");
	}

	@Test
	void brokenJarsAreReportedAndTheGoodOneIsInstalled() throws Exception {
		// the folders are read in order (dropins, then the user's): the second copy of the same plug-in is refused
		Files.copy(exampleJar(), dropins.resolve(EXAMPLE + "_1.0.0.jar"));
		Files.copy(exampleJar(), user.resolve("copy-of-the-example.jar"));
		Files.writeString(dropins.resolve("notes.jar"), "not a zip");
		jar(dropins.resolve("plain-library.jar"), Map.of("Created-By", "jar"));
		jar(dropins.resolve("unresolved.jar"), Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName",
				"org.sujarit.test.unresolved", "Bundle-Version", "1.0.0", "Import-Package", "org.nowhere.at.all"));

		folders.synchronize();

		Map<String, PluginProblem.Kind> kinds = folders.getProblems().stream().collect(Collectors.toMap(
				p -> p.file().getFileName().toString(), PluginProblem::kind, (a, b) -> a, TreeMap::new));
		assertEquals(Map.of("copy-of-the-example.jar", PluginProblem.Kind.DUPLICATE, //
				"notes.jar", PluginProblem.Kind.NOT_A_BUNDLE, //
				"plain-library.jar", PluginProblem.Kind.NOT_A_BUNDLE, //
				"unresolved.jar", PluginProblem.Kind.UNRESOLVED), kinds);
		PluginProblem unresolved = folders.getProblems().stream()
				.filter(p -> p.kind() == PluginProblem.Kind.UNRESOLVED).findFirst().orElseThrow();
		assertTrue(unresolved.detail().contains("org.nowhere.at.all"), unresolved.detail());
		assertTrue(unresolved.message().contains("unresolved.jar"), unresolved.message());
		assertEquals(List.of(EXAMPLE, "org.sujarit.test.unresolved"),
				folders.getInstalled().stream().map(Bundle::getSymbolicName).toList());
		assertNotNull(awaitDimension5(true), "the good jar still brings dimension 5");
	}

	@Test
	void userFolderIsUnderTheStateFolder() {
		assertEquals(Path.of("/srv/state", "plugins"), PluginFolders.userFolder("/srv/state"));
		assertEquals(Path.of(System.getProperty("user.home"), ".sujarit", "plugins"), PluginFolders.userFolder(null));
	}
}
