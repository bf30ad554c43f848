package org.sujarit.report.data;

import java.util.Map;

import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.DigitStyle;

/**
 * Rows of the one-year plan table (official-tables.md (b)): every project with its budget in that year (two
 * decimals, 0.00 without budget) and a tick per quarter it runs in; totals of budget and of projects per quarter.
 */
public final class AnnualTableBuilder {
	private AnnualTableBuilder() {
	}

	public static ReportInput build(Plan plan, int year, DigitStyle d) {
		ReportInput in = new ReportInput();
		BahtFormat baht = BahtFormat.withDecimals(d);
		Map<String, Object> h = in.header();
		String org = Fmt.organization(plan);
		h.put("title", String.format(OfficialTerms.ANNUAL_TITLE, Fmt.num(year, d), org));
		h.put("pageHeader", h.get("title"));
		h.put("intro", String.format(OfficialTerms.ANNUAL_INTRO, org, Fmt.num(year, d),
				Fmt.num(plan.getDimensions().size(), d), Fmt.num(plan.projectCount(), d)));
		h.put("totalBudget", baht.format(plan.totalBudget(year)));
		for (int q = 1; q <= 4; q++) {
			h.put("q" + q, Fmt.num(plan.countInQuarter(q), d));
			h.put("Q" + q, Fmt.num(q, d));
		}
		for (Project p : Fmt.bySeq(plan)) {
			Map<String, Object> r = in.addRow();
			r.put("seq", Fmt.num(p.getSeq(), d));
			r.put("name", Fmt.nz(p.getName()));
			r.put("dim", p.getDimension() == null ? "" : Fmt.num(p.getDimension().getNumber(), d));
			r.put("budget", baht.format(p.budgetIn(year)));
			for (int q = 1; q <= 4; q++) {
				r.put("q" + q, p.runsInQuarter(q) ? OfficialTerms.TICK : "");
			}
			r.put("remark", Fmt.nz(p.getRemark()));
		}
		return in;
	}
}
