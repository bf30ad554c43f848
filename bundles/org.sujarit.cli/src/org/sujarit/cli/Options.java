package org.sujarit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** "--name value" options of one command; {@code --debug} is a flag everywhere. Repeated options keep every value. */
final class Options {
	private final String command;
	private final Map<String, List<String>> values = new LinkedHashMap<>();
	private boolean debug;

	private Options(String command) {
		this.command = command;
	}

	static Options parse(String command, List<String> args, Set<String> allowed) throws UsageException {
		Options o = new Options(command);
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if ("--debug".equals(a)) {
				o.debug = true;
				continue;
			}
			String name = a;
			String value = null;
			int eq = a.indexOf('=');
			if (a.startsWith("--") && eq > 0) {
				name = a.substring(0, eq);
				value = a.substring(eq + 1);
			}
			if (!allowed.contains(name)) {
				throw new UsageException(NLS.bind(Messages.UnknownOption, a, command));
			}
			if (value == null) {
				if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
					throw new UsageException(NLS.bind(Messages.MissingValue, name));
				}
				value = args.get(++i);
			}
			o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}
		return o;
	}

	boolean debug() {
		return debug;
	}

	String get(String name) {
		List<String> v = values.get(name);
		return v == null ? null : v.get(v.size() - 1);
	}

	List<String> all(String name) {
		return values.getOrDefault(name, List.of());
	}

	String require(String name) throws UsageException {
		String v = get(name);
		if (v == null || v.isBlank()) {
			throw new UsageException(NLS.bind(Messages.MissingOption, name, command));
		}
		return v;
	}
}
