package org.sujarit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.sujarit.cli.internal.CommandRegistry;
import org.sujarit.core.problem.SujaritException;
import org.sujarit.importer.ImportException;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.report.ReportException;

/**
 * The headless application {@code org.sujarit.cli.application} behind {@code ./sujarit <command> …}. The commands are
 * contributed to {@code org.sujarit.cli.commands} ({@link CliCommand}); their options are parsed with Commons CLI.
 * Returns the exit code as an Integer (Equinox hands it to the launcher as eclipse.exitcode): 0 done, 1 the plan
 * breaks a rule (validate), 2 bad input, an unknown command or a failure. Bad input gives one line on stderr; a stack
 * trace only with --debug.
 */
public class CliApplication implements IApplication {

	public static final int OK = 0;
	public static final int RULE_BROKEN = 1;
	public static final int BAD_INPUT = 2;

	/** The flag every command accepts: stack traces on failure. */
	public static final String DEBUG = "debug";

	private final PrintStream out;
	private final PrintStream err;
	private final CommandRegistry commands = new CommandRegistry();

	public CliApplication() {
		this(new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8));
	}

	/** For tests and embedding: the command's output and errors go to these streams. */
	public CliApplication(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return Integer.valueOf(run(raw == null ? new String[0] : raw));
	}

	@Override
	public void stop() {
		// start() returns when the command is done
	}

	/** Runs one command line; the result is the process exit code. */
	public int run(String[] rawArgs) {
		// charts are drawn with Java2D: never ask for a display
		System.setProperty("java.awt.headless", "true");
		List<String> args = new ArrayList<>();
		for (String a : rawArgs) {
			if (!a.startsWith("--launcher.")) { // native-launcher options the Java launcher passes through
				args.add(a);
			}
		}
		boolean debug = args.contains("--" + DEBUG);
		String name = args.isEmpty() ? "help" : args.get(0);
		String[] rest = args.isEmpty() ? new String[0] : args.subList(1, args.size()).toArray(String[]::new);
		if (List.of("help", "--help", "-h", "--" + DEBUG).contains(name)) {
			out.print(usage());
			return OK;
		}
		CommandRegistry.Entry entry = commands.find(name);
		if (entry == null) {
			String closest = commands.closest(name);
			err.println(closest == null ? NLS.bind(Messages.UnknownCommand, name)
					: NLS.bind(Messages.UnknownCommandDidYouMean, name, closest));
			err.print(usage());
			return BAD_INPUT;
		}
		try {
			CliCommand command = entry.create();
			Options options = new Options();
			command.defineOptions(options);
			options.addOption(CliCommand.flag(DEBUG));
			CommandLine line = parse(name, options, rest, command.takesArguments());
			return command.run(new CliContext(name, line, out, err));
		} catch (UsageException e) {
			return fail(e.getMessage(), e, debug);
		} catch (PlanLoadException e) {
			return fail(e.getLocalizedMessage(), e, debug);
		} catch (ImportException e) {
			return fail(e.getLocalizedMessage(), e, debug);
		} catch (ReportException e) {
			return fail(e.getMessage(), e, debug);
		} catch (SujaritException e) {
			// the one base exception: every command's bad input and failures, one line in the user's language
			return fail(e.getLocalizedMessage(), e, debug);
		} catch (CoreException | RuntimeException | IOException | LinkageError e) {
			return fail(NLS.bind(Messages.Unexpected, String.valueOf(e.getLocalizedMessage())), e, debug);
		} catch (Exception e) {
			return fail(e.getLocalizedMessage(), e, debug);
		}
	}

	private static CommandLine parse(String command, Options options, String[] args, boolean takesArguments)
			throws UsageException {
		CommandLine line;
		try {
			// no abbreviations: "--pl" is a mistake, not --plan
			line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args, false);
		} catch (UnrecognizedOptionException e) {
			throw new UsageException(NLS.bind(Messages.UnknownOption, e.getOption(), command), e);
		} catch (MissingArgumentException e) {
			throw new UsageException(NLS.bind(Messages.MissingValue, "--" + e.getOption().getLongOpt()), e);
		} catch (ParseException e) {
			throw new UsageException(NLS.bind(Messages.UnknownOption, e.getMessage(), command), e);
		}
		if (!takesArguments && !line.getArgList().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.UnexpectedArgument, line.getArgList().get(0), command));
		}
		return line;
	}

	/** The usage text: one line per contributed command. */
	public String usage() {
		StringBuilder sb = new StringBuilder(Messages.UsageHeader).append("\n\n");
		for (CommandRegistry.Entry e : commands.all()) {
			sb.append("  ./sujarit ").append(e.name()).append(' ').append(e.synopsis()).append('\n');
		}
		sb.append("  ./sujarit help\n\n").append(Messages.UsageFooter).append('\n');
		return sb.toString();
	}

	private int fail(String message, Throwable t, boolean debug) {
		err.println(message == null ? t.toString() : message.replace('\n', ' ').trim());
		if (debug) {
			t.printStackTrace(err);
		}
		return BAD_INPUT;
	}
}
