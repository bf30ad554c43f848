package org.sujarit.plugins;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The plug-ins folders: framework plug-in jars dropped into {@code <install>/dropins/} (for everyone using the
 * install) or into the user's {@code ~/.sujarit/plugins/} ({@code %APPDATA%\Sujarit\plugins} on Windows) are
 * installed by {@link #synchronize()} at every start, before any application runs, and uninstalled once their jar is
 * gone; a changed jar is updated. Nothing of the product's own configuration (bundles.info) is touched, so a broken
 * jar is only reported ({@link #getProblems()}) and the rest of the product starts.
 */
public final class PluginFolders {

	/** Location prefix of the bundles installed from a folder (by reference: the jar is not copied). */
	private static final String REFERENCE = "reference:";

	private static volatile PluginFolders current;

	private final BundleContext context;
	private final List<Path> folders;
	private final List<PluginProblem> problems = new ArrayList<>();
	private final List<Bundle> installed = new ArrayList<>();

	public PluginFolders(BundleContext context, List<Path> folders) {
		this.context = context;
		this.folders = List.copyOf(folders);
	}

	/** The folders of this start, as synchronized by the activator; null before. */
	public static PluginFolders getDefault() {
		return current;
	}

	public static void setDefault(PluginFolders folders) {
		current = folders;
	}

	/** {@code <install>/dropins} and the user's plug-ins folder, in this order. */
	public static List<Path> defaultFolders(BundleContext context) {
		List<Path> result = new ArrayList<>();
		String install = context.getProperty("osgi.install.area");
		if (install != null) {
			try {
				result.add(Path.of(new URI(install.replace(" ", "%20"))).resolve("dropins"));
			} catch (URISyntaxException | IllegalArgumentException e) {
				// not a file: install area: no dropins folder
			}
		}
		result.add(userFolder(context.getProperty("sujarit.home")));
		return result;
	}

	/**
	 * The user's plug-ins folder: {@code <sujarit.home>/plugins}, where the launcher passes the state folder as
	 * {@code -Dsujarit.home}; without it {@code %APPDATA%\Sujarit} on Windows, {@code ~/.sujarit} elsewhere.
	 */
	public static Path userFolder(String sujaritHome) {
		if (sujaritHome != null && !sujaritHome.isBlank()) {
			return Path.of(sujaritHome, "plugins");
		}
		String appData = System.getenv("APPDATA");
		if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && appData != null) {
			return Path.of(appData, "Sujarit", "plugins");
		}
		return Path.of(System.getProperty("user.home"), ".sujarit", "plugins");
	}

	public List<Path> getFolders() {
		return folders;
	}

	/** Problems found by the last {@link #synchronize()}. */
	public synchronized List<PluginProblem> getProblems() {
		return List.copyOf(problems);
	}

	/** The bundles installed from the folders (resolved or not), in folder and file-name order. */
	public synchronized List<Bundle> getInstalled() {
		return List.copyOf(installed);
	}

	/** The jars of a folder, by name; none when it does not exist. */
	public static List<Path> jars(Path folder) {
		List<Path> jars = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.jar")) {
				s.forEach(p -> {
					if (Files.isRegularFile(p)) {
						jars.add(p.toAbsolutePath().normalize());
					}
				});
			} catch (IOException e) {
				// an unreadable folder holds no plug-ins
			}
		}
		Collections.sort(jars);
		return jars;
	}

	/**
	 * The symbolic name of a jar (without directives), or null when it is not a bundle.
	 *
	 * @throws IOException when the file is not a readable zip
	 */
	public static String symbolicName(Path jar) throws IOException {
		try (JarFile f = new JarFile(jar.toFile())) {
			Manifest m = f.getManifest();
			String bsn = m == null ? null : m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
			if (bsn == null || bsn.isBlank()) {
				return null;
			}
			return bsn.split(";", 2)[0].trim();
		}
	}

	private static boolean isFragment(Path jar) {
		try (JarFile f = new JarFile(jar.toFile())) {
			Attributes a = f.getManifest().getMainAttributes();
			return a.getValue(Constants.FRAGMENT_HOST) != null;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static String location(Path jar) {
		return REFERENCE + jar.toUri();
	}

	private boolean inFolders(String location) {
		for (Path folder : folders) {
			if (location.startsWith(REFERENCE + folder.toAbsolutePath().normalize().toUri())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Makes the installed bundles match the folders: uninstalls the bundles whose jar is gone, updates changed jars,
	 * installs new ones, resolves them and starts them (by their activation policy). Every failure is recorded, none
	 * is thrown.
	 */
	public synchronized void synchronize() {
		problems.clear();
		installed.clear();
		List<Path> jars = new ArrayList<>();
		folders.forEach(f -> jars.addAll(jars(f)));
		List<String> wanted = jars.stream().map(PluginFolders::location).toList();
		List<Bundle> changed = new ArrayList<>();
		for (Bundle b : context.getBundles()) {
			if (inFolders(b.getLocation()) && !wanted.contains(b.getLocation())) {
				try {
					b.uninstall();
					changed.add(b);
				} catch (BundleException | IllegalStateException e) {
					// already gone
				}
			}
		}
		List<Path> candidates = new ArrayList<>();
		for (Path jar : jars) {
			String name;
			try {
				name = symbolicName(jar);
			} catch (IOException | SecurityException e) {
				problems.add(new PluginProblem(jar, PluginProblem.Kind.NOT_A_BUNDLE, e.getMessage()));
				continue;
			}
			if (name == null) {
				problems.add(new PluginProblem(jar, PluginProblem.Kind.NOT_A_BUNDLE, ""));
				continue;
			}
			Bundle existing = context.getBundle(location(jar));
			try {
				if (existing == null) {
					installed.add(context.installBundle(location(jar)));
				} else {
					if (jar.toFile().lastModified() > existing.getLastModified()) {
						existing.update();
						changed.add(existing);
					}
					installed.add(existing);
				}
				candidates.add(jar);
			} catch (BundleException e) {
				PluginProblem.Kind kind = e.getType() == BundleException.DUPLICATE_BUNDLE_ERROR
						? PluginProblem.Kind.DUPLICATE
						: PluginProblem.Kind.INSTALL_FAILED;
				problems.add(new PluginProblem(jar, kind, e.getMessage()));
			} catch (RuntimeException e) {
				problems.add(new PluginProblem(jar, PluginProblem.Kind.INSTALL_FAILED, e.toString()));
			}
		}
		FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
		if (!changed.isEmpty()) {
			wiring.refreshBundles(changed); // asynchronous; the new bundles below are resolved independently
		}
		wiring.resolveBundles(installed);
		for (int i = 0; i < installed.size(); i++) {
			Bundle b = installed.get(i);
			Path jar = candidates.get(i);
			if (b.getState() == Bundle.INSTALLED) {
				problems.add(new PluginProblem(jar, PluginProblem.Kind.UNRESOLVED, reason(b)));
			} else if (!isFragment(jar)) {
				try {
					b.start(Bundle.START_ACTIVATION_POLICY);
				} catch (BundleException | IllegalStateException e) {
					problems.add(new PluginProblem(jar, PluginProblem.Kind.INSTALL_FAILED, e.getMessage()));
				}
			}
		}
	}

	/** Why a bundle does not resolve, in the framework's words (e.g. "Unresolved requirement: Import-Package: x"). */
	private static String reason(Bundle b) {
		try {
			b.start(Bundle.START_TRANSIENT);
			b.stop(Bundle.STOP_TRANSIENT);
			return "";
		} catch (BundleException | IllegalStateException e) {
			return e.getMessage();
		}
	}

	/** A state as {@code ./sujarit plugins} prints it. */
	public static String stateName(Bundle b) {
		return switch (b.getState()) {
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.STOPPING -> "STOPPING";
		default -> "UNINSTALLED";
		};
	}
}
