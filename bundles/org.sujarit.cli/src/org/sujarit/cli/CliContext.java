package org.sujarit.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.eclipse.osgi.util.NLS;

/** What a running {@link CliCommand} sees: its parsed options and the output streams. */
public final class CliContext {

	private final String command;
	private final CommandLine line;
	private final PrintStream out;
	private final PrintStream err;

	CliContext(String command, CommandLine line, PrintStream out, PrintStream err) {
		this.command = command;
		this.line = line;
		this.out = out;
		this.err = err;
	}

	public String command() {
		return command;
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	public boolean debug() {
		return line.hasOption(CliApplication.DEBUG);
	}

	/** The words after the options, for a command that {@link CliCommand#takesArguments() takes arguments}. */
	public List<String> arguments() {
		return List.copyOf(line.getArgList());
	}

	public boolean has(String longOption) {
		return line.hasOption(longOption);
	}

	/** The last value of an option, or null. */
	public String get(String longOption) {
		String[] v = line.getOptionValues(longOption);
		return v == null || v.length == 0 ? null : v[v.length - 1];
	}

	/** Every value of a repeatable option, in order. */
	public List<String> all(String longOption) {
		String[] v = line.getOptionValues(longOption);
		return v == null ? List.of() : List.of(v);
	}

	/** The value of an option that must be given. */
	public String require(String longOption) throws UsageException {
		String v = get(longOption);
		if (v == null || v.isBlank()) {
			throw new UsageException(NLS.bind(Messages.MissingOption, "--" + longOption, command));
		}
		return v;
	}

	/** An option naming a file that must exist. */
	public Path existingFile(String longOption) throws UsageException {
		return existingFileNamed(require(longOption));
	}

	/** A file that must exist, by name. */
	public static Path existingFileNamed(String name) throws UsageException {
		Path p = Path.of(name);
		if (!Files.isRegularFile(p)) {
			throw new UsageException(NLS.bind(Messages.FileNotFound, name));
		}
		return p;
	}
}
