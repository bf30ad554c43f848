package org.sujarit.framework;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.sujarit.framework.internal.DefinitionReader;
import org.sujarit.framework.internal.DefinitionReader.DefinitionException;
import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleDescriptor;
import org.sujarit.model.Plan;

/**
 * The planning frameworks contributed to {@code org.sujarit.framework.frameworks}, with the dimensions other plug-ins
 * add to them merged in, their catalogues and rules, and the generic rules that hold for every framework.
 * <p>
 * Read lazily on first use and again after plug-ins are added or removed. Clashes never stop the registry: of two
 * plug-ins contributing the same framework id and version (or the same dimension code into one framework) the one
 * whose symbolic name sorts first wins, the other is ignored, and the clash is logged and listed by
 * {@link #getProblems()} naming both.
 */
public final class FrameworkRegistry {

	public static final String EXTENSION_POINT = "org.sujarit.framework.frameworks";

	private static volatile FrameworkRegistry defaultRegistry;

	private final IExtensionRegistry registry;
	private final boolean log;
	/** (contributor symbolic name, path) to the file's URL, or null. */
	private final BiFunction<String, String, URL> files;
	private volatile Snapshot snapshot;

	private record Snapshot(List<FrameworkDescriptor> frameworks, List<RuleDescriptor> genericRules,
			List<RegistryProblem> problems) {
	}

	private FrameworkRegistry(IExtensionRegistry registry, boolean log, BiFunction<String, String, URL> files) {
		this.registry = registry;
		this.log = log;
		this.files = files;
	}

	/** The frameworks of the running platform. */
	public static FrameworkRegistry getDefault() {
		FrameworkRegistry r = defaultRegistry;
		if (r == null) {
			synchronized (FrameworkRegistry.class) {
				if (defaultRegistry == null) {
					IExtensionRegistry platform = Platform.getExtensionRegistry();
					FrameworkRegistry created = new FrameworkRegistry(platform, true, FrameworkRegistry::bundleEntry);
					if (platform != null) {
						platform.addListener(created.new Invalidator(), EXTENSION_POINT);
					}
					defaultRegistry = created;
				}
				r = defaultRegistry;
			}
		}
		return r;
	}

	/**
	 * The frameworks of another extension registry (tests build one with their own contributions; nothing is
	 * logged). Files are looked up in the contributors' bundles.
	 */
	public static FrameworkRegistry of(IExtensionRegistry registry) {
		return of(registry, FrameworkRegistry::bundleEntry);
	}

	/** As {@link #of(IExtensionRegistry)}, with structure and catalogue files looked up by {@code files}. */
	public static FrameworkRegistry of(IExtensionRegistry registry, BiFunction<String, String, URL> files) {
		return new FrameworkRegistry(Objects.requireNonNull(registry), false, files);
	}

	/** Drops the cached contents after plug-ins were added or removed. */
	private final class Invalidator implements IRegistryEventListener {
		@Override
		public void added(IExtension[] extensions) {
			snapshot = null;
		}

		@Override
		public void removed(IExtension[] extensions) {
			snapshot = null;
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			snapshot = null;
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			snapshot = null;
		}
	}

	/** Every framework (id, version) in id then version order. */
	public List<FrameworkDescriptor> getFrameworks() {
		return snapshot().frameworks();
	}

	/** The framework with this id and version, or null. */
	public FrameworkDescriptor find(String id, String version) {
		for (FrameworkDescriptor f : getFrameworks()) {
			if (f.getId().equals(id) && f.getVersion().equals(version)) {
				return f;
			}
		}
		return null;
	}

	/** The highest version of the framework with this id, or null. */
	public FrameworkDescriptor findLatest(String id) {
		FrameworkDescriptor latest = null;
		for (FrameworkDescriptor f : getFrameworks()) {
			if (f.getId().equals(id) && (latest == null || compareVersions(f.getVersion(), latest.getVersion()) > 0)) {
				latest = f;
			}
		}
		return latest;
	}

	/** The framework the plan names (id and version), or null when it is not installed. */
	public FrameworkDescriptor forPlan(Plan plan) {
		return plan.getFrameworkId() == null ? null : find(plan.getFrameworkId(), plan.getFrameworkVersion());
	}

	/** Rules that hold for every framework. */
	public List<RuleDescriptor> getGenericRules() {
		return snapshot().genericRules();
	}

	/** Clashes and unusable contributions found while reading, in the order found. */
	public List<RegistryProblem> getProblems() {
		return snapshot().problems();
	}

	private Snapshot snapshot() {
		Snapshot s = snapshot;
		if (s == null) {
			synchronized (this) {
				if (snapshot == null) {
					snapshot = read();
					if (log) {
						logProblems(snapshot.problems());
					}
				}
				s = snapshot;
			}
		}
		return s;
	}

	private static void logProblems(List<RegistryProblem> problems) {
		ILog logger = ILog.of(FrameworkRegistry.class);
		for (RegistryProblem p : problems) {
			logger.log(new Status(p.error() ? IStatus.ERROR : IStatus.WARNING, "org.sujarit.framework", p.message()));
		}
	}

	// ---------------------------------------------------------------- reading

	/** Frameworks being assembled: the own dimensions first, then contributed ones. */
	private static final class Builder {
		final IConfigurationElement element;
		final String id;
		final String version;
		final String contributor;
		final List<DimensionDescriptor> dimensions = new ArrayList<>();
		final List<CatalogueEntry> catalogue = new ArrayList<>();
		final List<RuleDescriptor> rules = new ArrayList<>();
		final List<String> ePackages = new ArrayList<>();

		Builder(IConfigurationElement element, String id, String version, String contributor) {
			this.element = element;
			this.id = id;
			this.version = version;
			this.contributor = contributor;
		}
	}

	private Snapshot read() {
		List<RegistryProblem> problems = new ArrayList<>();
		if (registry == null) {
			return new Snapshot(List.of(), List.of(), List.of());
		}
		IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT).clone();
		// deterministic winner of a clash: contributor's symbolic name, then declaration order (stable sort)
		Arrays.sort(elements, Comparator.comparing(e -> e.getContributor().getName()));

		Map<String, Builder> frameworks = new LinkedHashMap<>();
		for (IConfigurationElement e : elements) {
			if ("framework".equals(e.getName())) {
				readFramework(e, frameworks, problems);
			}
		}
		for (IConfigurationElement e : elements) {
			if ("dimension".equals(e.getName())) {
				readDimension(e, frameworks, problems);
			}
		}
		List<RuleDescriptor> generic = new ArrayList<>();
		Map<String, String> ruleIds = new HashMap<>();
		for (IConfigurationElement e : elements) {
			if ("rule".equals(e.getName())) {
				readRule(e, frameworks, generic, ruleIds, problems);
			}
		}
		List<FrameworkDescriptor> result = new ArrayList<>();
		for (Builder b : frameworks.values()) {
			IConfigurationElement e = b.element;
			FrameworkDescriptor f = new FrameworkDescriptor(b.id, b.version, e.getAttribute("name"),
					e.getAttribute("nameEn"), year(e, "firstYear"), year(e, "lastYear"), b.contributor, b.dimensions,
					b.catalogue, b.rules, b.ePackages);
			checkCatalogue(f, problems);
			result.add(f);
		}
		result.sort(Comparator.comparing(FrameworkDescriptor::getId)
				.thenComparing(FrameworkDescriptor::getVersion, FrameworkRegistry::compareVersions));
		return new Snapshot(List.copyOf(result), List.copyOf(generic), List.copyOf(problems));
	}

	private void readFramework(IConfigurationElement e, Map<String, Builder> frameworks, List<RegistryProblem> problems) {
		String contributor = e.getContributor().getName();
		String id = e.getAttribute("id");
		String version = e.getAttribute("version");
		if (id == null || version == null) {
			problems.add(problem(true, "problem.frameworkNoId", List.of(contributor), contributor));
			return;
		}
		String key = id + '\u0000' + version;
		Builder existing = frameworks.get(key);
		if (existing != null) {
			problems.add(problem(true, "problem.frameworkClash", List.of(existing.contributor, contributor), id, version,
					existing.contributor, contributor));
			return;
		}
		List<String> ePackages = ePackages(e);
		List<DimensionDescriptor> dimensions;
		try (InputStream in = open(e, e.getAttribute("structure"))) {
			dimensions = DefinitionReader.readStructure(in, contributor, true, ePackages);
		} catch (DefinitionException | IOException ex) {
			problems.add(problem(true, "problem.badFile", List.of(contributor), e.getAttribute("structure"), contributor,
					ex.getMessage()));
			return;
		}
		Builder b = new Builder(e, id, version, contributor);
		b.ePackages.addAll(ePackages);
		for (DimensionDescriptor d : dimensions) {
			if (b.dimensions.stream().anyMatch(x -> x.code().equals(d.code()))) {
				problems.add(problem(true, "problem.dimensionClash", List.of(contributor, contributor), d.code(), id,
						version, contributor, contributor));
			} else {
				b.dimensions.add(d);
			}
		}
		b.catalogue.addAll(readCatalogue(e, contributor, problems));
		frameworks.put(key, b);
	}

	private void readDimension(IConfigurationElement e, Map<String, Builder> frameworks, List<RegistryProblem> problems) {
		String contributor = e.getContributor().getName();
		String frameworkId = e.getAttribute("frameworkId");
		String frameworkVersion = e.getAttribute("frameworkVersion");
		List<Builder> targets = frameworks.values().stream().filter(b -> b.id.equals(frameworkId)
				&& (frameworkVersion == null || b.version.equals(frameworkVersion))).toList();
		if (targets.isEmpty()) {
			problems.add(problem(false, "problem.dimensionNoFramework", List.of(contributor), contributor,
					frameworkId + (frameworkVersion == null ? "" : " " + frameworkVersion)));
			return;
		}
		List<String> ePackages = ePackages(e);
		List<DimensionDescriptor> dimensions;
		try (InputStream in = open(e, e.getAttribute("structure"))) {
			dimensions = DefinitionReader.readStructure(in, contributor, Boolean.parseBoolean(e.getAttribute("required")),
					ePackages);
		} catch (DefinitionException | IOException ex) {
			problems.add(problem(true, "problem.badFile", List.of(contributor), e.getAttribute("structure"), contributor,
					ex.getMessage()));
			return;
		}
		List<CatalogueEntry> catalogue = readCatalogue(e, contributor, problems);
		for (Builder b : targets) {
			for (DimensionDescriptor d : dimensions) {
				DimensionDescriptor existing = b.dimensions.stream().filter(x -> x.code().equals(d.code())).findFirst()
						.orElse(null);
				if (existing != null) {
					problems.add(problem(true, "problem.dimensionClash", List.of(existing.contributor(), contributor),
							d.code(), b.id, b.version, existing.contributor(), contributor));
				} else {
					b.dimensions.add(d);
					for (CatalogueEntry c : catalogue) {
						if (c.subMissionCode().startsWith(d.code() + '.')) {
							b.catalogue.add(c);
						}
					}
				}
			}
			for (String p : ePackages) {
				if (!b.ePackages.contains(p)) {
					b.ePackages.add(p);
				}
			}
		}
	}

	private void readRule(IConfigurationElement e, Map<String, Builder> frameworks, List<RuleDescriptor> generic,
			Map<String, String> ruleIds, List<RegistryProblem> problems) {
		String contributor = e.getContributor().getName();
		String frameworkId = e.getAttribute("frameworkId");
		String id = e.getAttribute("id");
		String first = id == null ? null : ruleIds.putIfAbsent(id, contributor);
		if (first != null) {
			// findings are keyed by rule id: two rules with one id could not be told apart
			problems.add(problem(true, "problem.ruleClash", List.of(first, contributor), id, first, contributor));
			return;
		}
		if (frameworkId != null && frameworks.values().stream().noneMatch(b -> b.id.equals(frameworkId))) {
			problems.add(problem(false, "problem.ruleNoFramework", List.of(contributor), contributor, id, frameworkId));
			return;
		}
		RuleDescriptor rule = new RuleDescriptor(e.getAttribute("id"), frameworkId, contributor, () -> {
			try {
				return (IPlanRule) e.createExecutableExtension("class");
			} catch (CoreException | ClassCastException ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		});
		if (frameworkId == null) {
			generic.add(rule);
			return;
		}
		for (Builder b : frameworks.values()) {
			if (b.id.equals(frameworkId)) {
				b.rules.add(rule);
			}
		}
	}

	private List<CatalogueEntry> readCatalogue(IConfigurationElement e, String contributor,
			List<RegistryProblem> problems) {
		String path = e.getAttribute("catalogue");
		if (path == null) {
			return List.of();
		}
		try (InputStream in = open(e, path)) {
			return DefinitionReader.readCatalogue(in, contributor);
		} catch (DefinitionException | IOException ex) {
			problems.add(problem(true, "problem.badFile", List.of(contributor), path, contributor, ex.getMessage()));
			return List.of();
		}
	}

	private static void checkCatalogue(FrameworkDescriptor f, List<RegistryProblem> problems) {
		for (CatalogueEntry c : f.getCatalogue()) {
			if (f.findSubMission(c.subMissionCode()) == null) {
				problems.add(problem(false, "problem.catalogueCode", List.of(c.contributor()), c.contributor(),
						c.subMissionCode(), f.getId(), f.getVersion()));
			}
		}
	}

	private static List<String> ePackages(IConfigurationElement e) {
		List<String> uris = new ArrayList<>();
		for (IConfigurationElement p : e.getChildren("ePackage")) {
			String uri = p.getAttribute("nsURI");
			if (uri != null) {
				uris.add(uri);
			}
		}
		return uris;
	}

	private InputStream open(IConfigurationElement e, String path) throws IOException {
		if (path == null) {
			throw new FileNotFoundException("attribute 'structure' missing");
		}
		URL url = files.apply(e.getContributor().getName(), path);
		if (url == null) {
			throw new FileNotFoundException("file not found: " + path);
		}
		return url.openStream();
	}

	/** FileLocator, not Bundle.getEntry: files in fragments and $nl$/$os$ paths are found too. */
	private static URL bundleEntry(String contributor, String path) {
		Bundle bundle = Platform.getBundle(contributor);
		return bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path), null);
	}

	private static int year(IConfigurationElement e, String attribute) {
		try {
			return Integer.parseInt(e.getAttribute(attribute).strip());
		} catch (RuntimeException ex) {
			return 0;
		}
	}

	private static RegistryProblem problem(boolean error, String key, List<String> contributors, Object... args) {
		return new RegistryProblem(error, Messages.en(key, args), Messages.th(key, args), contributors);
	}

	/**
	 * OSGi versions compare as {@link Version}s ("1.10" after "1.9", "1.0" equal to "1.0.0"); a label that is not an
	 * OSGi version ("2566-2570") compares numerically part by part, then as text, after every OSGi version.
	 */
	static int compareVersions(String a, String b) {
		Version va = osgiVersion(a);
		Version vb = osgiVersion(b);
		if (va != null && vb != null) {
			return va.compareTo(vb);
		}
		if (va != null || vb != null) {
			return va != null ? -1 : 1;
		}
		String[] pa = a.split("[.\\-]");
		String[] pb = b.split("[.\\-]");
		for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
			String x = i < pa.length ? pa[i] : "0";
			String y = i < pb.length ? pb[i] : "0";
			int c;
			try {
				c = Long.compare(Long.parseLong(x), Long.parseLong(y));
			} catch (NumberFormatException ex) {
				c = x.compareTo(y);
			}
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	/** The OSGi version a framework's version label is, or null. */
	public static Version osgiVersion(String label) {
		try {
			return label == null ? null : Version.parseVersion(label.strip());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
