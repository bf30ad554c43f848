package org.sujarit.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code train --plan FILE --out DIR} (not listed in help): the training run of the headless JVM AOT cache that
 * {@code sujarit initialize} records. One JVM records one cache, so this runs what the commands do in one process:
 * validate, every table in every format, the plug-ins list; their output is discarded.
 */
final class TrainCommand {

	private TrainCommand() {
	}

	static int run(List<String> args) {
		PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		CliApplication cli = new CliApplication(none, none);
		String plan = value(args, "--plan");
		String out = value(args, "--out");
		cli.run(new String[] { "validate", "--plan", plan }); // 1 (a rule broken) is fine for training
		int rc = cli.run(new String[] { "report", "--plan", plan, "--all", "--out", out });
		cli.run(new String[] { "plugins" });
		return rc;
	}

	private static String value(List<String> args, String name) {
		int i = args.indexOf(name);
		return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : "";
	}
}
