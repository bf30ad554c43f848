package org.sujarit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.cli.Options;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.sujarit.cli.CliCommand;
import org.sujarit.cli.CliContext;
import org.sujarit.cli.Messages;
import org.sujarit.cli.ReportAllCommand;
import org.sujarit.cli.UsageException;
import org.sujarit.model.Plan;
import org.sujarit.model.RoundKind;
import org.sujarit.model.io.PlanResources;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;

/** {@code report --plan FILE --all --out DIR} or {@code report --plan FILE --table T [--year Y] [--round 6|12] [--digits thai|arabic] [--format F] --out FILE}. */
public final class ReportCommand implements CliCommand {

	@Override
	public void defineOptions(Options options) {
		for (String name : new String[] { "plan", "table", "year", "round", "digits", "format", "out" }) {
			options.addOption(CliCommand.value(name));
		}
		options.addOption(CliCommand.flag("all"));
	}

	@Override
	public int run(CliContext o) throws Exception {
		if (o.has("all")) { // every table in every format, one process
			return new ReportAllCommand(o.out(), o.err()).run(o);
		}
		Path planFile = o.existingFile("plan");
		String tableArg = o.require("table");
		ReportTable table = ReportTable.fromId(tableArg);
		if (table == null) {
			throw new UsageException(NLS.bind(Messages.UnknownTable, tableArg));
		}
		Path outFile = Path.of(o.require("out"));
		String formatArg = o.get("format");
		if (formatArg == null) { // the extension of --out says it
			String n = outFile.getFileName().toString();
			formatArg = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : null;
			if (formatArg == null) {
				o.require("format");
			}
		}
		ReportFormat format = ReportFormat.fromId(formatArg);
		if (format == null) {
			throw new UsageException(NLS.bind(Messages.UnknownFormat, formatArg));
		}
		Integer year = null;
		if (o.get("year") != null) {
			try {
				year = Integer.valueOf(o.get("year").trim());
			} catch (NumberFormatException e) {
				throw new UsageException(NLS.bind(Messages.BadYear, o.get("year")), e);
			}
		}
		RoundKind round = null;
		if (o.get("round") != null) {
			round = switch (o.get("round").trim()) {
			case "6" -> RoundKind.SIX_MONTHS;
			case "12" -> RoundKind.TWELVE_MONTHS;
			default -> throw new UsageException(NLS.bind(Messages.BadRound, o.get("round")));
			};
		}
		DigitStyle digits = DigitStyle.THAI;
		if (o.get("digits") != null) {
			try {
				digits = DigitStyle.parse(o.get("digits"));
			} catch (IllegalArgumentException e) {
				throw new UsageException(NLS.bind(Messages.BadDigits, o.get("digits")), e);
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
		o.out().println(NLS.bind(Messages.Written,
				new Object[] { outFile, Files.size(outFile), (System.nanoTime() - t0) / 1_000_000 }));
		return OK;
	}

	private static final int OK = org.sujarit.cli.CliApplication.OK;
}
