package org.sujarit.report.data;

import java.util.Map;

import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.report.chart.BarChart;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.BuddhistDates;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.FiscalCalendar;

/**
 * The results report of one round (official-tables.md (c), (e)1): count lines (done, in progress, awaiting, cannot
 * do when non-zero, total), a status chart, and one row per project with budget, disbursed and one tick per status.
 */
public final class ResultsTableBuilder {
	private ResultsTableBuilder() {
	}

	public static ReportInput build(Plan plan, ResultsRound round, DigitStyle d) {
		ReportInput in = new ReportInput();
		int year = round.getFiscalYear();
		int months = round.getRound().getValue();
		BahtFormat baht = BahtFormat.withDecimals(d);
		Map<String, Object> h = in.header();
		String org = Fmt.organization(plan);
		h.put("title", String.format(OfficialTerms.RESULTS_TITLE, org, Fmt.num(year, d), Fmt.num(months, d)));
		h.put("pageHeader", h.get("title"));
		h.put("heading", String.format(OfficialTerms.RESULTS_HEADING, Fmt.num(year, d)));
		h.put("round", String.format(OfficialTerms.ROUND, Fmt.num(months, d)));
		FiscalCalendar.DateRange period = FiscalCalendar.round(year, months);
		h.put("period", String.format(OfficialTerms.ROUND_PERIOD, BuddhistDates.format(period.start(), d),
				BuddhistDates.format(period.end(), d)));
		for (ResultStatus s : OfficialTerms.COUNT_LINE_ORDER) {
			int n = round.countByStatus(s);
			if (n > 0 || s != ResultStatus.CANNOT_DO) {
				in.addLine(String.format(OfficialTerms.COUNT_LINE, OfficialTerms.status(s), Fmt.num(n, d)));
			}
		}
		in.addLine(String.format(OfficialTerms.TOTAL_LINE, Fmt.num(round.getResults().size(), d)));
		for (int i = 0; i < OfficialTerms.COLUMN_ORDER.length; i++) {
			ResultStatus s = OfficialTerms.COLUMN_ORDER[i];
			h.put("S" + (i + 1), OfficialTerms.status(s));
			h.put("n" + (i + 1), Fmt.num(round.countByStatus(s), d));
		}
		h.put("totalBudget", baht.format(plan.totalBudget(year)));
		h.put("totalDisbursed", baht.format(round.totalDisbursed()));

		for (Project p : Fmt.bySeq(plan)) {
			ProjectResult res = round.resultFor(p);
			Map<String, Object> r = in.addRow();
			r.put("seq", Fmt.num(p.getSeq(), d));
			r.put("name", Fmt.nz(p.getName()));
			r.put("dim", p.getDimension() == null ? "" : Fmt.num(p.getDimension().getNumber(), d));
			r.put("budget", baht.format(p.budgetIn(year)));
			r.put("disbursed", res == null ? "" : baht.format(res.getDisbursed()));
			for (int i = 0; i < OfficialTerms.COLUMN_ORDER.length; i++) {
				boolean tick = res != null && res.getStatus() == OfficialTerms.COLUMN_ORDER[i];
				r.put("s" + (i + 1), tick ? OfficialTerms.TICK : "");
			}
			r.put("remark", res == null ? "" : Fmt.nz(res.getRemark()));
		}

		BarChart chart = new BarChart(OfficialTerms.CHART_STATUS, d);
		chart.addSeries(String.format(OfficialTerms.ROUND, Fmt.num(months, d)));
		for (ResultStatus s : OfficialTerms.COUNT_LINE_ORDER) {
			chart.addGroup(OfficialTerms.status(s), new double[] { round.countByStatus(s) });
		}
		in.setChart(chart.toPng(820, 340));
		return in;
	}
}
