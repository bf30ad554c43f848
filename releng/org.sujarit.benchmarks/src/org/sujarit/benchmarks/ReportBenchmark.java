package org.sujarit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;

/**
 * {@code ./sujarit bench [--root DIR] [--warm N] [--projects N] [--only TABLE] [--md FILE]}: renders every table of both samples and
 * of a generated plan (default 1,000 projects) as PDF and HTML in one process and prints, per table and format, the
 * first ("cold") render and the median / minimum of N further ("warm") renders, plus the engine start. A timed
 * harness, not a unit test: the numbers go to docs/benchmarks.md. Goal: warm summary PDF of the sample ≤ 150 ms.
 */
public class ReportBenchmark implements IApplication {

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		System.setProperty("java.awt.headless", "true");
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> a = new ArrayList<>(Arrays.asList(args == null ? new String[0] : args));
		a.remove("bench");
		Path root = Path.of(opt(a, "--root", "."));
		int warm = Integer.parseInt(opt(a, "--warm", "10"));
		int projects = Integer.parseInt(opt(a, "--projects", "1000"));
		String md = opt(a, "--md", null);
		String only = opt(a, "--only", null); // one table, e.g. --only summary

		long t0 = System.nanoTime();
		ReportService.getDefault().warmUp();
		long engineMs = ms(t0);
		out.printf("engine start: %d ms%n", engineMs);

		Map<String, Plan> plans = new LinkedHashMap<>();
		plans.put("sample 2566-2570 (37 projects)",
				PlanResources.loadPlan(root.resolve("samples/phitsanulok-2566-2570.sujarit")));
		plans.put("sample 2565 (38 projects, 12-month results)",
				PlanResources.loadPlan(root.resolve("samples/phitsanulok-2565.sujarit")));
		long g0 = System.nanoTime();
		plans.put("generated (" + projects + " projects)", PlanGenerator.generate(projects, 42));
		out.printf("generated plan: %d ms%n", ms(g0));

		StringBuilder table = new StringBuilder();
		table.append("| plan | table | format | cold (first) ms | warm median ms | warm min ms | size KB |\n");
		table.append("|---|---|---|---:|---:|---:|---:|\n");
		for (Map.Entry<String, Plan> e : plans.entrySet()) {
			Plan plan = e.getValue();
			boolean large = plan.projectCount() > 100;
			for (ReportTable t : ReportTable.values()) {
				if (only != null && !only.equals(t.id()) || t == ReportTable.RESULTS && plan.getResultsRounds().isEmpty()) {
					continue;
				}
				for (ReportFormat f : new ReportFormat[] { ReportFormat.PDF, ReportFormat.HTML }) {
					ReportRequest request = ReportRequest.of(t, f);
					int n = large ? Math.max(2, warm / 5) : warm;
					ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
					long c0 = System.nanoTime();
					ReportService.getDefault().render(plan, request, bytes, null);
					long cold = ms(c0);
					long[] times = new long[n];
					for (int i = 0; i < n; i++) {
						ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 20);
						long w0 = System.nanoTime();
						ReportService.getDefault().render(plan, request, b, null);
						times[i] = System.nanoTime() - w0;
					}
					Arrays.sort(times);
					String line = String.format("| %s | %s | %s | %d | %.0f | %.0f | %d |", e.getKey(), t.id(), f.id(),
							cold, times[n / 2] / 1e6, times[0] / 1e6, bytes.size() / 1024);
					out.println(line);
					table.append(line).append('\n');
				}
			}
		}
		String result = "Engine start (first ReportService use in the process): " + engineMs + " ms\n\n" + table;
		if (md != null) {
			Files.writeString(Path.of(md), result);
		}
		return IApplication.EXIT_OK;
	}

	private static String opt(List<String> args, String name, String def) {
		int i = args.indexOf(name);
		return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : def;
	}

	private static long ms(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	@Override
	public void stop() {
		// start() returns when done
	}
}
