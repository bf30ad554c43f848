package org.sujarit.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.cli.Options;

/**
 * {@code train --plan FILE --out DIR} (not listed in help): the training run of the headless JVM AOT cache that
 * {@code sujarit initialize} records. One JVM records one cache, so this runs what the commands do in one process:
 * validate, every table in every format, the plug-ins list; their output is discarded.
 */
public final class TrainCommand implements CliCommand {

	@Override
	public void defineOptions(Options options) {
		options.addOption(CliCommand.value("plan"));
		options.addOption(CliCommand.value("out"));
	}

	@Override
	public int run(CliContext context) throws UsageException {
		PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		CliApplication cli = new CliApplication(none, none);
		String plan = context.require("plan");
		String out = context.require("out");
		cli.run(new String[] { "validate", "--plan", plan }); // 1 (a rule broken) is fine for training
		int rc = cli.run(new String[] { "report", "--plan", plan, "--all", "--out", out });
		cli.run(new String[] { "plugins" });
		return rc;
	}
}
