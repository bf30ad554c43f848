package org.sujarit.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.model.Dimension;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.model.YearBudget;
import org.sujarit.core.money.AmountException;
import org.sujarit.core.money.Amounts;

/**
 * The one-year plan table ({@code seq,name,dimension,budget,q1..q4,remark}, as {@code plan-2565.csv}) and its results
 * table ({@code seq,…,disbursed,status,remark}, as {@code report-2565-12m.csv}). The table lists projects by dimension
 * only, so they sit directly under their dimension. The fiscal year comes from the file name.
 */
final class CsvPlanImporter {

	static final String[] PLAN_COLUMNS = { "seq", "name", "dimension", "budget", "q1", "q2", "q3", "q4" };
	static final String[] RESULT_COLUMNS = { "seq", "disbursed", "status" };

	/** A Buddhist-era year in a file name (plan-2565.csv); 24xx-26xx covers every plausible plan. */
	private static final Pattern BE_YEAR = Pattern.compile("(?<!\\d)(2[4-6]\\d\\d)(?!\\d)");
	private static final Pattern ROUND = Pattern.compile("(?<!\\d)(6|12)\\s*m", Pattern.CASE_INSENSITIVE);

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	private CsvPlanImporter() {
	}

	static boolean isPlanTable(Csv csv) {
		return csv.hasColumns(PLAN_COLUMNS);
	}

	static boolean isResultsTable(Csv csv) {
		return csv.hasColumns(RESULT_COLUMNS) && !csv.hasColumns("q1");
	}

	static Plan readPlan(Csv csv) throws ImportException {
		csv.requireColumns(PLAN_COLUMNS);
		int year = yearOf(csv.file);
		Plan plan = F.createPlan();
		plan.setTitle(Messages.BUNDLE.format(Locale.forLanguageTag("th"), Messages.CSV_PLAN_TITLE,
				String.valueOf(year)));
		plan.setTitleEn(Messages.BUNDLE.english(Messages.CSV_PLAN_TITLE, String.valueOf(year)));
		plan.setFirstYear(year);
		plan.setLastYear(year);
		// the table is the plan that was carried out (it has results rounds), not a draft
		plan.setStatus(PlanStatus.APPROVED);
		plan.setOrganization(F.createOrganization());

		Map<Integer, Dimension> dimensions = new HashMap<>();
		Set<Integer> seqs = new HashSet<>();
		for (Csv.Row row : csv.rows) {
			Project p = F.createProject();
			int seq = positiveInt(csv, row, "seq");
			if (!seqs.add(seq)) {
				throw new ImportException(csv.file, row.line(), Messages.ROW_DUPLICATE_SEQ, null, csv.file,
						String.valueOf(row.line()), String.valueOf(seq));
			}
			p.setSeq(seq);
			String name = row.get("name");
			if (name.isEmpty()) {
				throw csv.badValue(row, "name");
			}
			p.setName(name);
			ProjectKind kind = ProjectKinds.ofName(name);
			// every row of the seed starts with its kind word; a name without one is most likely a project
			p.setKind(kind == null ? ProjectKind.PROJECT : kind);

			BigDecimal budget = decimal(csv, row, "budget");
			YearBudget yb = F.createYearBudget();
			yb.setFiscalYear(year);
			if (budget.signum() == 0) {
				yb.setNoBudget(true); // the 2565 tables print "0.00" for ไม่ใช้งบฯ
			} else {
				yb.setAmount(budget);
			}
			p.getBudgets().add(yb);

			for (int q = 1; q <= 4; q++) {
				String flag = row.get("q" + q);
				switch (flag) {
				case "1", "✓", "x", "X" -> p.getQuarters().add(q);
				case "0", "" -> {
					// not ticked
				}
				default -> throw csv.badValue(row, "q" + q);
				}
			}
			String remark = row.get("remark");
			p.setRemark(remark.isEmpty() ? null : remark);

			int number = positiveInt(csv, row, "dimension");
			Dimension d = dimensions.get(number);
			if (d == null) {
				d = F.createDimension();
				// the seed does not print the names of the 2561-2565 dimensions: only the number is known
				d.setCode(String.valueOf(number));
				dimensions.put(number, d);
			}
			d.getProjects().add(p);
		}
		dimensions.keySet().stream().sorted().forEach(n -> plan.getDimensions().add(dimensions.get(n)));
		return plan;
	}

	static ResultsRound readResults(Csv csv, Plan plan) throws ImportException {
		csv.requireColumns(RESULT_COLUMNS);
		ResultsRound round = F.createResultsRound();
		round.setFiscalYear(yearOf(csv.file));
		round.setRound(roundOf(csv.file));
		Map<Integer, Project> bySeq = new HashMap<>();
		for (Project p : plan.getAllProjects()) {
			bySeq.putIfAbsent(p.getSeq(), p);
		}
		Set<Integer> seen = new HashSet<>();
		for (Csv.Row row : csv.rows) {
			int seq = positiveInt(csv, row, "seq");
			Project project = bySeq.get(seq);
			if (project == null) {
				throw new ImportException(csv.file, row.line(), Messages.ROW_NO_PROJECT, null, csv.file,
						String.valueOf(row.line()), String.valueOf(seq));
			}
			if (!seen.add(seq)) {
				throw new ImportException(csv.file, row.line(), Messages.ROW_DUPLICATE_SEQ, null, csv.file,
						String.valueOf(row.line()), String.valueOf(seq));
			}
			ProjectResult r = F.createProjectResult();
			r.setProject(project);
			r.setStatus(statusOf(csv, row));
			if (!row.get("disbursed").isEmpty()) {
				r.setDisbursed(decimal(csv, row, "disbursed"));
			}
			String remark = csv.header.contains("remark") ? row.get("remark") : "";
			r.setRemark(remark.isEmpty() ? null : remark);
			round.getResults().add(r);
		}
		return round;
	}

	private static ResultStatus statusOf(Csv csv, Csv.Row row) throws ImportException {
		String s = row.get("status");
		return switch (s.toLowerCase(Locale.ROOT).replace('-', '_')) {
		case "awaiting_report" -> ResultStatus.AWAITING_REPORT;
		case "in_progress" -> ResultStatus.IN_PROGRESS;
		case "done" -> ResultStatus.DONE;
		case "cannot_do" -> ResultStatus.CANNOT_DO;
		default -> throw new ImportException(csv.file, row.line(), Messages.ROW_UNKNOWN_STATUS, null, csv.file,
				String.valueOf(row.line()), s);
		};
	}

	static int yearOf(Path file) throws ImportException {
		Matcher m = BE_YEAR.matcher(file.getFileName().toString());
		if (!m.find()) {
			throw new ImportException(file, -1, Messages.NO_YEAR, null, file);
		}
		return Integer.parseInt(m.group(1));
	}

	static RoundKind roundOf(Path file) throws ImportException {
		Matcher m = ROUND.matcher(file.getFileName().toString());
		if (!m.find()) {
			throw new ImportException(file, -1, Messages.NO_ROUND, null, file);
		}
		return "6".equals(m.group(1)) ? RoundKind.SIX_MONTHS : RoundKind.TWELVE_MONTHS;
	}

	private static int positiveInt(Csv csv, Csv.Row row, String column) throws ImportException {
		try {
			int v = Integer.parseInt(row.get(column));
			if (v > 0) {
				return v;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw csv.badValue(row, column);
	}

	/** An amount in an unambiguous form only (1234.50, 1,234.50, Thai digits likewise). */
	private static BigDecimal decimal(Csv csv, Csv.Row row, String column) throws ImportException {
		try {
			return Amounts.parse(row.get(column));
		} catch (AmountException e) {
			throw csv.badAmount(row, column, e);
		}
	}
}
