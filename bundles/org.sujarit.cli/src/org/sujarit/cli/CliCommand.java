package org.sujarit.cli;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * One headless command, {@code ./sujarit <name> …}. Contributed to the extension point
 * {@code org.sujarit.cli.commands} (name, synopsis, class); see the bundle's README. Implementations need a public
 * no-argument constructor.
 */
public interface CliCommand {

	/** Declares the command's options ({@code --debug} is added for every command). */
	void defineOptions(Options options);

	/**
	 * Runs the command. Returns the exit code ({@link CliApplication#OK}, {@link CliApplication#RULE_BROKEN},
	 * {@link CliApplication#BAD_INPUT}). Bad input is thrown: a {@link UsageException}, or any Sujarit exception,
	 * which the application prints as one line (exit 2).
	 */
	int run(CliContext context) throws Exception;

	/** Whether words after the options are the command's own ({@code plugins install FILE}); else they are errors. */
	default boolean takesArguments() {
		return false;
	}

	/** A long option with one value ({@code --name VALUE} or {@code --name=VALUE}); repeating it keeps every value. */
	static Option value(String longName) {
		return Option.builder().longOpt(longName).hasArg().argName(longName.toUpperCase(java.util.Locale.ROOT)).get();
	}

	/** A long option without a value. */
	static Option flag(String longName) {
		return Option.builder().longOpt(longName).get();
	}
}
