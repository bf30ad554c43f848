package org.sujarit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.RegistryProblem;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.importer.ImportException;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Plan;
import org.sujarit.model.RoundKind;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;
import org.sujarit.report.ReportException;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;

/**
 * The headless application {@code org.sujarit.cli.application} behind {@code ./sujarit report|validate|import|help}.
 * Returns the exit code as an Integer (Equinox hands it to the launcher as eclipse.exitcode): 0 done, 1 the plan
 * breaks a rule (validate), 2 bad input or failure. Bad input gives one line on stderr; a stack trace only with
 * --debug.
 */
public class CliApplication implements IApplication {

	public static final int OK = 0;
	public static final int RULE_BROKEN = 1;
	public static final int BAD_INPUT = 2;

	private final PrintStream out;
	private final PrintStream err;

	public CliApplication() {
		this(new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8));
	}

	CliApplication(PrintStream out, PrintStream err) {
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
		boolean debug = args.contains("--debug");
		String command = args.isEmpty() ? "help" : args.get(0);
		List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
		try {
			return switch (command) {
			case "report" -> rest.contains("--all") ? new ReportAllCommand(out, err).run(rest) : report(Options.parse(command, rest,
					Set.of("--plan", "--table", "--year", "--round", "--digits", "--format", "--out")));
			case "plugins" -> new PluginsCommand(out).run(rest);
			case "train" -> TrainCommand.run(rest); // ./sujarit initialize: the AOT cache's training run
			case "validate" -> validate(Options.parse(command, rest, Set.of("--plan")));
			case "import" -> importSeed(Options.parse(command, rest, Set.of("--from", "--out")));
			case "publish" -> PublishCommand.run(Options.parse(command, rest, PublishCommand.OPTIONS), out);
			case "help", "--help", "-h", "--debug" -> {
				out.println(Messages.Usage);
				out.println(Messages.UsagePublish);
				yield OK;
			}
			default -> throw new UsageException(NLS.bind(Messages.UnknownCommand, command));
			};
		} catch (UsageException e) {
			return fail(e.getMessage(), e, debug);
		} catch (PlanLoadException e) {
			return fail(e.getLocalizedMessage(), e, debug);
		} catch (ImportException e) {
			return fail(e.getLocalizedMessage(), e, debug);
		} catch (ReportException e) {
			return fail(e.getMessage(), e, debug);
		} catch (org.sujarit.core.problem.SujaritException e) { // the floor's rule: one line, exit 2
			return fail(e.getLocalizedMessage(), e, debug);
		} catch (RuntimeException | IOException | LinkageError e) {
			return fail(NLS.bind(Messages.Unexpected, String.valueOf(e.getLocalizedMessage())), e, debug);
		}
	}

	private int fail(String message, Throwable t, boolean debug) {
		err.println(message == null ? t.toString() : message.replace('\n', ' ').trim());
		if (debug) {
			t.printStackTrace(err);
		}
		return BAD_INPUT;
	}

	private static Path existingFile(String name) throws UsageException {
		Path p = Path.of(name);
		if (!Files.isRegularFile(p)) {
			throw new UsageException(NLS.bind(Messages.FileNotFound, name));
		}
		return p;
	}

	private int report(Options o) throws UsageException, PlanLoadException, ReportException, IOException {
		Path planFile = existingFile(o.require("--plan"));
		String tableArg = o.require("--table");
		ReportTable table = ReportTable.fromId(tableArg);
		if (table == null) {
			throw new UsageException(NLS.bind(Messages.UnknownTable, tableArg));
		}
		Path outFile = Path.of(o.require("--out"));
		String formatArg = o.get("--format");
		if (formatArg == null) { // the extension of --out says it
			String n = outFile.getFileName().toString();
			formatArg = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : null;
			if (formatArg == null) {
				o.require("--format");
			}
		}
		ReportFormat format = ReportFormat.fromId(formatArg);
		if (format == null) {
			throw new UsageException(NLS.bind(Messages.UnknownFormat, formatArg));
		}
		Integer year = null;
		if (o.get("--year") != null) {
			try {
				year = Integer.valueOf(o.get("--year").trim());
			} catch (NumberFormatException e) {
				throw new UsageException(NLS.bind(Messages.BadYear, o.get("--year")), e);
			}
		}
		RoundKind round = null;
		if (o.get("--round") != null) {
			round = switch (o.get("--round").trim()) {
			case "6" -> RoundKind.SIX_MONTHS;
			case "12" -> RoundKind.TWELVE_MONTHS;
			default -> throw new UsageException(NLS.bind(Messages.BadRound, o.get("--round")));
			};
		}
		DigitStyle digits = DigitStyle.THAI;
		if (o.get("--digits") != null) {
			try {
				digits = DigitStyle.parse(o.get("--digits"));
			} catch (IllegalArgumentException e) {
				throw new UsageException(NLS.bind(Messages.BadDigits, o.get("--digits")), e);
			}
		}
		Plan plan = PlanResources.loadPlan(planFile);
		ReportRequest request = new ReportRequest(table, year, round, digits, format);
		long t0 = System.nanoTime();
		// render next to the target and move it into place: a failed render leaves no half-written report
		Path dir = outFile.toAbsolutePath().getParent();
		Path tmp;
		try {
			Files.createDirectories(dir);
			tmp = Files.createTempFile(dir, ".sujarit-report", ".tmp");
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.CannotWrite, outFile, e.getMessage()), e);
		}
		try {
			try (OutputStream os = Files.newOutputStream(tmp)) {
				ReportService.getDefault().render(plan, request, os, new NullProgressMonitor());
			}
			Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
		out.println(NLS.bind(Messages.Written, new Object[] { outFile, Files.size(outFile),
				(System.nanoTime() - t0) / 1_000_000 }));
		return OK;
	}

	private int validate(Options o) throws UsageException, PlanLoadException {
		Path planFile = existingFile(o.require("--plan"));
		Plan plan = PlanResources.loadPlan(planFile);
		Diagnostic root = PlanValidator.validate(plan, new NullProgressMonitor());
		// clashes between installed framework plug-ins come first: they may explain the plan's findings, but they are
		// not the plan's fault and do not change the exit code
		for (RegistryProblem p : FrameworkRegistry.getDefault().getProblems()) {
			out.println(NLS.bind(Messages.InstallationProblem, p.error() ? Messages.SeverityError : Messages.SeverityWarning,
					p.localizedMessage().replace('\n', ' ')));
		}
		int errors = 0;
		int warnings = 0;
		for (Diagnostic d : flatten(root)) {
			String severity;
			switch (d.getSeverity()) {
			case Diagnostic.ERROR -> {
				severity = Messages.SeverityError;
				errors++;
			}
			case Diagnostic.WARNING -> {
				severity = Messages.SeverityWarning;
				warnings++;
			}
			case Diagnostic.INFO -> severity = Messages.SeverityInfo;
			default -> {
				continue;
			}
			}
			out.println(severity + ": " + d.getMessage().replace('\n', ' '));
		}
		if (errors == 0 && warnings == 0) {
			out.println(NLS.bind(Messages.ValidationClean, planFile));
		} else {
			out.println(NLS.bind(Messages.ValidationSummary, new Object[] { planFile, errors, warnings }));
		}
		return errors > 0 ? RULE_BROKEN : OK;
	}

	/** The leaves of a diagnostic tree (EMF nests a feature's findings under the object's). */
	private static List<Diagnostic> flatten(Diagnostic root) {
		List<Diagnostic> leaves = new ArrayList<>();
		for (Diagnostic child : root.getChildren()) {
			if (child.getChildren().isEmpty()) {
				leaves.add(child);
			} else {
				leaves.addAll(flatten(child));
			}
		}
		return leaves;
	}

	private int importSeed(Options o) throws UsageException, ImportException, IOException {
		List<String> from = o.all("--from");
		if (from.isEmpty()) {
			o.require("--from");
		}
		List<Path> files = new ArrayList<>();
		for (String f : from) {
			files.add(existingFile(f));
		}
		Path outFile = Path.of(o.require("--out"));
		Plan plan = files.size() == 1 ? SeedImporter.importFile(files.get(0)) : SeedImporter.importFiles(files);
		try {
			PlanResources.save(plan, outFile);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.CannotWrite, outFile, e.getLocalizedMessage()), e);
		}
		out.println(NLS.bind(Messages.Imported, plan.projectCount(), outFile));
		return OK;
	}

}
