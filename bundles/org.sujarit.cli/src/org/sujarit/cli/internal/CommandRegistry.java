package org.sujarit.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.sujarit.cli.CliCommand;

/**
 * The commands contributed to {@code org.sujarit.cli.commands}, by name. Sujarit's own come first in the usage, the
 * others after them by name; when two bundles contribute the same name the first one read wins.
 */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "org.sujarit.cli.commands";

	/** One contribution; the class is created only when the command runs. */
	public record Entry(String name, String synopsis, String bundle, boolean hidden, IConfigurationElement element) {

		public CliCommand create() throws CoreException {
			return (CliCommand) element.createExecutableExtension("class");
		}
	}

	private final Map<String, Entry> byName = new LinkedHashMap<>();

	public CommandRegistry() {
		this(RegistryFactory.getRegistry());
	}

	CommandRegistry(IExtensionRegistry registry) {
		if (registry == null) {
			return; // plain Java (no OSGi): no commands
		}
		List<Entry> own = new ArrayList<>();
		List<Entry> others = new ArrayList<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"command".equals(e.getName()) || e.getAttribute("name") == null) {
				continue;
			}
			String bundle = e.getContributor().getName();
			Entry entry = new Entry(e.getAttribute("name").strip(), String.valueOf(e.getAttribute("synopsis")), bundle,
					Boolean.parseBoolean(e.getAttribute("hidden")), e);
			(bundle.equals("org.sujarit.cli") ? own : others).add(entry);
		}
		others.sort((a, b) -> a.name().compareTo(b.name()));
		for (List<Entry> list : List.of(own, others)) {
			for (Entry entry : list) {
				byName.putIfAbsent(entry.name(), entry);
			}
		}
	}

	public Entry find(String name) {
		return byName.get(name);
	}

	/** The commands help lists (not the hidden ones). */
	public List<Entry> all() {
		return Collections.unmodifiableList(byName.values().stream().filter(e -> !e.hidden()).toList());
	}

	/** The known command closest to a mistyped one (at most two edits away), or null. */
	public String closest(String typed) {
		String best = null;
		int bestDistance = 3;
		for (Entry e : all()) {
			String name = e.name();
			int d = distance(typed.toLowerCase(Locale.ROOT), name);
			if (d < bestDistance) {
				best = name;
				bestDistance = d;
			}
		}
		return best;
	}

	/** Optimal string alignment distance: a swapped pair of letters ("publihs") counts as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
