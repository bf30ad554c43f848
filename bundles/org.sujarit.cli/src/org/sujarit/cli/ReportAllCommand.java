package org.sujarit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.sujarit.core.io.AtomicFiles;
import org.sujarit.core.problem.SujaritException;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;
import org.sujarit.report.ReportException;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;

/**
 * {@code ./sujarit report --plan FILE --all --out DIR}: every table in every supported format, in one process (the
 * start is paid once). Files are named {@code <plan>-<table>.<format>}; the results table is skipped (with a note) for
 * a plan without results rounds; a table that fails is reported and the others are still written (exit 2 then).
 */
public final class ReportAllCommand {

	private final PrintStream out;
	private final PrintStream err;

	public ReportAllCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** {@code report --all}: called by the report command, which has parsed the options. */
	public int run(CliContext o) throws Exception {
		for (String single : new String[] { "table", "year", "round", "format" }) {
			if (o.has(single)) {
				throw new UsageException(NLS.bind(Messages.UnknownOption, "--" + single, "report --all"));
			}
		}
		Path planFile = o.existingFile("plan");
		Path dir = Path.of(o.require("out"));
		DigitStyle digits = DigitStyle.THAI;
		if (o.get("digits") != null) {
			try {
				digits = DigitStyle.parse(o.get("digits"));
			} catch (IllegalArgumentException e) {
				throw new UsageException(NLS.bind(Messages.BadDigits, o.get("digits")), e);
			}
		}
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.CannotWrite, dir, e.getMessage()), e);
		}
		Plan plan = PlanResources.loadPlan(planFile);
		String base = planFile.getFileName().toString().replaceFirst("\\.sujarit$", "");
		ReportService service = ReportService.getDefault();
		int failed = 0;
		for (ReportTable table : ReportTable.values()) {
			if (table == ReportTable.RESULTS && plan.getResultsRounds().isEmpty()) {
				out.println(NLS.bind(Messages.ReportAllSkipped, table.id()));
				continue;
			}
			for (ReportFormat format : service.supportedFormats()) {
				Path file = dir.resolve(base + '-' + table.id() + '.' + format.extension());
				long t0 = System.nanoTime();
				try {
					byte[] bytes = service.renderToBytes(plan, ReportRequest.of(table, format).withDigits(digits),
							new NullProgressMonitor());
					AtomicFiles.writeBytes(file, bytes);
					out.println(NLS.bind(Messages.Written,
							new Object[] { file, bytes.length, (System.nanoTime() - t0) / 1_000_000 }));
				} catch (ReportException e) {
					err.println(NLS.bind(Messages.ReportAllFailed, file, e.getMessage().replace('\n', ' ')));
					failed++;
				} catch (SujaritException e) {
					err.println(NLS.bind(Messages.CannotWrite, file, e.getLocalizedMessage()));
					failed++;
				}
			}
		}
		return failed == 0 ? CliApplication.OK : CliApplication.BAD_INPUT;
	}
}
