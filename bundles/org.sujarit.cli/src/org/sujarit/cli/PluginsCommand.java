package org.sujarit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Options;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sujarit.core.io.AtomicFiles;
import org.sujarit.core.problem.SujaritException;
import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.RegistryProblem;
import org.sujarit.plugins.PluginFolders;
import org.sujarit.plugins.PluginProblem;

/**
 * {@code ./sujarit plugins} lists the installed frameworks and extra dimensions (bundle, version, state) and the
 * problems of the plug-ins folders; {@code plugins install FILE.jar} copies a jar into the user's plug-ins folder,
 * {@code plugins uninstall ID} removes it from there. Both take effect at the next start.
 */
public final class PluginsCommand implements CliCommand {

	private PrintStream out;

	@Override
	public void defineOptions(Options options) {
		// none: plugins [install FILE.jar | uninstall ID]
	}

	@Override
	public boolean takesArguments() {
		return true;
	}

	@Override
	public int run(CliContext context) throws UsageException, IOException, SujaritException {
		out = context.out();
		return run(context.arguments());
	}

	private int run(List<String> rest) throws UsageException, IOException, SujaritException {
		if (rest.isEmpty()) {
			return list();
		}
		if (rest.size() == 2 && "install".equals(rest.get(0))) {
			return install(Path.of(rest.get(1)));
		}
		if (rest.size() == 2 && "uninstall".equals(rest.get(0))) {
			return uninstall(rest.get(1));
		}
		throw new UsageException(NLS.bind(Messages.UnknownOption, String.join(" ", rest), "plugins"));
	}

	private static PluginFolders folders() {
		PluginFolders f = PluginFolders.getDefault();
		if (f == null) { // org.sujarit.plugins not started by this configuration
			Bundle self = FrameworkUtil.getBundle(PluginsCommand.class);
			f = new PluginFolders(self.getBundleContext(), PluginFolders.defaultFolders(self.getBundleContext()));
		}
		return f;
	}

	private Path userFolder() {
		List<Path> all = folders().getFolders();
		return all.get(all.size() - 1);
	}

	private int list() {
		for (Path folder : folders().getFolders()) {
			out.println(NLS.bind(Messages.PluginsFolder, folder));
		}
		FrameworkRegistry registry = FrameworkRegistry.getDefault();
		out.println(Messages.PluginsFrameworks);
		for (FrameworkDescriptor fw : registry.getFrameworks()) {
			out.println(NLS.bind(Messages.PluginsFrameworkLine,
					new Object[] { fw.getId(), fw.getVersion(), describe(fw.getContributor()) }));
			for (DimensionDescriptor d : fw.getDimensions()) {
				if (!d.contributor().equals(fw.getContributor())) {
					out.println(NLS.bind(Messages.PluginsDimensionLine,
							new Object[] { d.code(), d.nameEn() == null ? d.name() : d.nameEn(), describe(d.contributor()) }));
				}
			}
		}
		List<Bundle> fromFolders = folders().getInstalled();
		if (!fromFolders.isEmpty()) {
			out.println(Messages.PluginsFromFolders);
			for (Bundle b : fromFolders) {
				out.println("  " + b.getSymbolicName() + ' ' + b.getVersion() + ' ' + PluginFolders.stateName(b) + ' '
						+ b.getLocation().replaceFirst("^reference:file:", ""));
			}
		}
		int problems = 0;
		for (PluginProblem p : folders().getProblems()) {
			out.println(NLS.bind(Messages.InstallationProblem, Messages.SeverityError, p.message()));
			problems++;
		}
		for (RegistryProblem p : registry.getProblems()) {
			out.println(NLS.bind(Messages.InstallationProblem, p.error() ? Messages.SeverityError : Messages.SeverityWarning,
					p.localizedMessage().replace('\n', ' ')));
			problems++;
		}
		if (problems == 0) {
			out.println(Messages.PluginsNoProblems);
		}
		return CliApplication.OK;
	}

	/** "bundle version STATE" of a contributor's symbolic name. */
	private static String describe(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(PluginsCommand.class);
		if (self != null) {
			for (Bundle b : self.getBundleContext().getBundles()) {
				if (symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.INSTALLED) {
					return symbolicName + ' ' + b.getVersion() + ' ' + PluginFolders.stateName(b);
				}
			}
		}
		return symbolicName;
	}

	private int install(Path jar) throws UsageException, IOException, SujaritException {
		if (!Files.isRegularFile(jar)) {
			throw new UsageException(NLS.bind(Messages.FileNotFound, jar));
		}
		String name;
		try {
			name = PluginFolders.symbolicName(jar);
		} catch (IOException e) {
			name = null;
		}
		if (name == null) {
			throw new UsageException(new PluginProblem(jar, PluginProblem.Kind.NOT_A_BUNDLE, "").message());
		}
		Path folder = userFolder();
		Files.createDirectories(folder);
		for (Path other : PluginFolders.jars(folder)) { // one copy per plug-in: an older one is replaced
			if (name.equals(safeName(other)) && !other.getFileName().equals(jar.getFileName())) {
				Files.delete(other);
			}
		}
		Path target = folder.resolve(jar.getFileName());
		AtomicFiles.write(target, stream -> Files.copy(jar, stream));
		out.println(NLS.bind(Messages.PluginsInstalled, name, target));
		return CliApplication.OK;
	}

	private int uninstall(String id) throws UsageException, IOException {
		boolean removed = false;
		for (Path jar : PluginFolders.jars(userFolder())) {
			if (id.equals(safeName(jar))) {
				Files.delete(jar);
				out.println(NLS.bind(Messages.PluginsUninstalled, id, jar));
				removed = true;
			}
		}
		if (!removed) {
			throw new UsageException(NLS.bind(Messages.PluginsNotInstalled, id, userFolder()));
		}
		return CliApplication.OK;
	}

	private static String safeName(Path jar) {
		try {
			return PluginFolders.symbolicName(jar);
		} catch (IOException e) {
			return null;
		}
	}
}
