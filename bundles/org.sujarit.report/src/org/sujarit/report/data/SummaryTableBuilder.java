package org.sujarit.report.data;

import java.util.List;
import java.util.Map;

import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.YearBudget;
import org.sujarit.report.chart.BarChart;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.FiscalCalendar;

/**
 * Rows of the multi-year summary table (official-tables.md (a)): one row per project in document order, a subtotal
 * row after each dimension and a grand-total row. Row field {@code kind}: P (project), S (subtotal), T (total);
 * {@code dimFirst}/{@code missionFirst} mark where a merged dimension / mission cell starts.
 */
public final class SummaryTableBuilder {
	/** The design has this many year columns; a plan with fewer years hides the rest. */
	public static final int MAX_YEARS = 5;

	private SummaryTableBuilder() {
	}

	public static ReportInput build(Plan plan, DigitStyle d) {
		ReportInput in = new ReportInput();
		List<Integer> years = plan.getFiscalYears();
		BahtFormat baht = BahtFormat.whole(d);
		Map<String, Object> h = in.header();
		h.put("draft", plan.getStatus() == PlanStatus.DRAFT ? OfficialTerms.DRAFT_MARK : "");
		h.put("title", Fmt.title(plan));
		h.put("pageHeader", Fmt.title(plan) + " " + "(" + OfficialTerms.BE + " " + Fmt.yearSpan(plan, d) + ")");
		h.put("years", "(" + OfficialTerms.BE + " " + Fmt.yearSpan(plan, d) + ")");
		h.put("organization", Fmt.organization(plan));
		h.put("intro", String.format(OfficialTerms.SUMMARY_INTRO, Fmt.organization(plan), Fmt.title(plan),
				"(" + OfficialTerms.BE + " " + Fmt.yearSpan(plan, d) + ")", Fmt.num(plan.projectCount(), d)));
		h.put("yearCount", Integer.valueOf(years.size()));
		for (int i = 0; i < MAX_YEARS; i++) {
			h.put("Y" + (i + 1), i < years.size() ? OfficialTerms.YEAR + " " + Fmt.num(years.get(i), d) : "");
		}

		for (Dimension dim : plan.getDimensions()) {
			boolean firstOfDim = true;
			Mission lastMission = null;
			boolean anyMission = false;
			for (Project p : dim.getAllProjects()) {
				Map<String, Object> r = in.addRow();
				Mission m = p.getMission();
				boolean missionFirst = firstOfDim || m != lastMission;
				r.put("kind", "P");
				r.put("dimFirst", Boolean.valueOf(firstOfDim));
				r.put("missionFirst", Boolean.valueOf(missionFirst));
				r.put("dim", firstOfDim ? Fmt.dimension(dim, d) : "");
				r.put("mission", missionFirst ? Fmt.mission(m, d) : "");
				r.put("project", Fmt.num(p.getSeq(), d) + ") " + Fmt.nz(p.getName()));
				for (int i = 0; i < MAX_YEARS; i++) {
					String cell = "";
					if (i < years.size()) {
						YearBudget b = p.findBudget(years.get(i));
						cell = b == null || b.isNoBudget() ? BahtFormat.NO_BUDGET : baht.format(b.getAmount());
					}
					r.put("y" + (i + 1), cell);
				}
				r.put("unit", Fmt.unitShort(p.getResponsibleUnit()));
				r.put("quarters", FiscalCalendar.quartersText(p.getQuarters(), d));
				r.put("remark", Fmt.nz(p.getRemark()));
				firstOfDim = false;
				lastMission = m;
				anyMission = true;
			}
			Map<String, Object> s = in.addRow();
			s.put("kind", "S");
			s.put("dimFirst", Boolean.valueOf(!anyMission));
			s.put("missionFirst", Boolean.TRUE);
			s.put("dim", anyMission ? "" : Fmt.dimension(dim, d));
			s.put("mission", OfficialTerms.SUBTOTAL);
			s.put("project", String.format(OfficialTerms.COUNT_PROJECTS, Fmt.num(dim.projectCount(), d)));
			for (int i = 0; i < MAX_YEARS; i++) {
				s.put("y" + (i + 1), i < years.size()
						? String.format(OfficialTerms.COUNT_BAHT, baht.format(dim.totalBudget(years.get(i))))
						: "");
			}
			s.put("unit", "");
			s.put("quarters", "");
			s.put("remark", "");
		}
		Map<String, Object> t = in.addRow();
		t.put("kind", "T");
		t.put("dimFirst", Boolean.TRUE);
		t.put("missionFirst", Boolean.TRUE);
		t.put("dim", OfficialTerms.GRAND_TOTAL);
		t.put("mission", "");
		t.put("project", String.format(OfficialTerms.COUNT_PROJECTS, Fmt.num(plan.projectCount(), d)));
		for (int i = 0; i < MAX_YEARS; i++) {
			t.put("y" + (i + 1), i < years.size()
					? String.format(OfficialTerms.COUNT_BAHT, baht.format(plan.totalBudget(years.get(i))))
					: "");
		}
		t.put("unit", "");
		t.put("quarters", "");
		t.put("remark", "");

		in.setChart(budgetChart(plan, d));
		return in;
	}

	/** Budget by dimension (groups) and year (series), from Dimension.totalBudget(year). */
	static byte[] budgetChart(Plan plan, DigitStyle d) {
		List<Integer> years = plan.getFiscalYears();
		BarChart chart = new BarChart(OfficialTerms.CHART_BUDGET, d);
		for (Integer y : years) {
			chart.addSeries(OfficialTerms.YEAR + " " + Fmt.num(y, d));
		}
		for (Dimension dim : plan.getDimensions()) {
			double[] values = new double[years.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = dim.totalBudget(years.get(i)).doubleValue();
			}
			chart.addGroup(String.format(OfficialTerms.DIMENSION, Fmt.num(dim.getNumber(), d)), values);
		}
		return chart.toPng(1100, 460);
	}
}
