package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.SubMission;
import org.sujarit.model.TargetGroup;
import org.sujarit.model.YearBudget;
import org.sujarit.thai.FiscalCalendar;

/**
 * The official tables of a plan as typed rows (numbers as numbers, years, codes, statuses), free of any report
 * engine and of formatting: the figures are taken once from the model's derived operations ({@code PlanFigures})
 * and can be printed by the BIRT designs, an XLSX exporter or a website alike.
 */
public final class ReportData {
	private ReportData() {
	}

	public static PlanHeading heading(Plan plan) {
		return new PlanHeading(title(plan), plan.getOrganization() == null ? "" : nz(plan.getOrganization().getName()),
				new ArrayList<>(plan.getFiscalYears()), plan.getStatus() == PlanStatus.DRAFT,
				plan.getDimensions().size(), plan.projectCount());
	}

	/** The multi-year summary table over the plan's own years. */
	public static SummaryTable summary(Plan plan) {
		List<Integer> years = new ArrayList<>(plan.getFiscalYears());
		List<SummaryRow> rows = new ArrayList<>();
		List<DimensionTotals> dims = new ArrayList<>();
		for (Dimension dim : plan.getDimensions()) {
			for (Project p : dim.getAllProjects()) {
				Mission m = p.getMission();
				List<BigDecimal> budgets = new ArrayList<>();
				for (Integer y : years) {
					YearBudget b = p.findBudget(y);
					budgets.add(b == null || b.isNoBudget() ? null : zero(b.getAmount()));
				}
				rows.add(new SummaryRow(dim.getNumber(), nz(dim.getName()), m == null ? "" : nz(m.getCode()),
						m == null ? "" : nz(m.getName()), p.getSeq(), nz(p.getName()), budgets,
						unitShort(p.getResponsibleUnit()), new ArrayList<>(new java.util.TreeSet<>(p.getQuarters())),
						nz(p.getRemark())));
			}
			List<BigDecimal> totals = new ArrayList<>();
			for (Integer y : years) {
				totals.add(zero(dim.totalBudget(y)));
			}
			dims.add(new DimensionTotals(dim.getNumber(), nz(dim.getName()), dim.projectCount(), totals));
		}
		List<BigDecimal> total = new ArrayList<>();
		for (Integer y : years) {
			total.add(zero(plan.totalBudget(y)));
		}
		return new SummaryTable(heading(plan), years, rows, dims, total);
	}

	/** The one-year plan table of {@code year}. */
	public static AnnualTable annual(Plan plan, int year) {
		List<AnnualRow> rows = new ArrayList<>();
		for (Project p : bySeq(plan)) {
			rows.add(new AnnualRow(p.getSeq(), nz(p.getName()), dimensionOf(p), zero(p.budgetIn(year)),
					new ArrayList<>(new java.util.TreeSet<>(p.getQuarters())), nz(p.getRemark())));
		}
		List<Integer> perQuarter = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			perQuarter.add(plan.countInQuarter(q));
		}
		return new AnnualTable(heading(plan), year, rows, zero(plan.totalBudget(year)), perQuarter);
	}

	/** One results round. */
	public static ResultsTable results(Plan plan, ResultsRound round) {
		int year = round.getFiscalYear();
		int months = round.getRound().getValue();
		Map<ResultStatus, Integer> counts = new EnumMap<>(ResultStatus.class);
		for (ResultStatus s : ResultStatus.values()) {
			counts.put(s, round.countByStatus(s));
		}
		List<ResultsRow> rows = new ArrayList<>();
		for (Project p : bySeq(plan)) {
			ProjectResult r = round.resultFor(p);
			rows.add(new ResultsRow(p.getSeq(), nz(p.getName()), dimensionOf(p), zero(p.budgetIn(year)),
					r == null ? null : zero(r.getDisbursed()), r == null ? null : r.getStatus(),
					r == null ? "" : nz(r.getRemark())));
		}
		FiscalCalendar.DateRange period = FiscalCalendar.round(year, months);
		return new ResultsTable(heading(plan), year, months, period.start(), period.end(), counts,
				round.getResults().size(), zero(plan.totalBudget(year)), zero(round.totalDisbursed()), rows);
	}

	/** The project sheets, in document order. */
	public static SheetsTable sheets(Plan plan) {
		List<Integer> years = plan.getFiscalYears();
		List<SheetRow> sheets = new ArrayList<>();
		for (Project p : plan.getAllProjects()) {
			Dimension dim = p.getDimension();
			Mission m = p.getMission();
			SubMission s = p.getSubMission();
			List<String> rationale = new ArrayList<>();
			for (String para : nz(p.getRationale()).split("\n")) {
				if (!para.isBlank()) {
					rationale.add(para.trim());
				}
			}
			List<BigDecimal> budgets = new ArrayList<>();
			for (Integer y : years) {
				YearBudget b = p.findBudget(y);
				budgets.add(b == null || b.isNoBudget() ? null : zero(b.getAmount()));
			}
			List<String> supporting = new ArrayList<>();
			for (OrganizationUnit u : p.getSupportingUnits()) {
				supporting.add(nz(u.getFullName()));
			}
			TargetGroup tg = p.getTargetGroup();
			OrganizationUnit unit = p.getResponsibleUnit();
			sheets.add(new SheetRow(dim == null ? 0 : dim.getNumber(), dim == null ? "" : nz(dim.getName()),
					m == null ? "" : nz(m.getCode()), m == null ? "" : nz(m.getName()),
					s == null ? "" : nz(s.getCode()), s == null ? "" : nz(s.getName()), p.getSeq(), nz(p.getName()),
					rationale, trimmed(p.getObjectives()), tg == null ? "" : nz(tg.getText()),
					tg == null ? null : tg.getCount(), tg == null ? "" : nz(tg.getUnit()), trimmed(p.getMethods()),
					nz(p.getPeriod()), budgets, unit == null ? "" : nz(unit.getFullName()), supporting,
					texts(p.getOutputs()), texts(p.getOutcomes()), nz(p.getRemarkDetail())));
		}
		return new SheetsTable(heading(plan), sheets);
	}

	private static Integer dimensionOf(Project p) {
		return p.getDimension() == null ? null : p.getDimension().getNumber();
	}

	private static BigDecimal zero(BigDecimal b) {
		return b == null ? BigDecimal.ZERO : b;
	}

	private static String nz(String s) {
		return s == null ? "" : s.trim();
	}

	private static List<String> trimmed(List<String> list) {
		List<String> out = new ArrayList<>();
		for (String s : list) {
			out.add(nz(s));
		}
		return out;
	}

	private static List<String> texts(List<Indicator> indicators) {
		List<String> out = new ArrayList<>();
		for (Indicator i : indicators) {
			out.add(nz(i.getText()));
		}
		return out;
	}

	/**
	 * The plan's title without a trailing "(พ.ศ. 2566 - 2570)": the title blocks print the years on their own line,
	 * in the report's digits.
	 */
	static String title(Plan plan) {
		return nz(plan.getTitle()).replaceFirst("\\s*\\(\\s*พ\\.ศ\\.[^)]*\\)\\s*$", "");
	}

	/**
	 * Projects by running number: the one-year and results tables list rows by ลำดับ, which need not follow the
	 * dimensions (the 2565 plan numbers its rows 1-38 across dimensions).
	 */
	static List<Project> bySeq(Plan plan) {
		List<Project> list = new ArrayList<>(plan.getAllProjects());
		list.sort(Comparator.comparingInt(Project::getSeq));
		return list;
	}

	/** The responsible unit's top unit by its short name (the summary table's abbreviation). */
	static String unitShort(OrganizationUnit unit) {
		if (unit == null) {
			return "";
		}
		OrganizationUnit top = unit.getTopUnit();
		String s = nz(top.getShortName());
		return s.isEmpty() ? nz(top.getName()) : s;
	}
}
