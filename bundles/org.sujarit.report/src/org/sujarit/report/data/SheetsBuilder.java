package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.SubMission;
import org.sujarit.model.TargetGroup;
import org.sujarit.model.YearBudget;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/**
 * The project sheets (official-tables.md (d), rules.md §5): one page per project with the nine numbered sections,
 * preceded by the dimension / mission / sub-mission headings when they change. Each row carries two HTML fragments
 * ({@code heading}, {@code body}) for BIRT's HTML text items.
 */
public final class SheetsBuilder {
	private SheetsBuilder() {
	}

	public static ReportInput build(Plan plan, DigitStyle d) {
		ReportInput in = new ReportInput();
		Map<String, Object> h = in.header();
		h.put("title", Fmt.title(plan));
		h.put("pageHeader", Fmt.title(plan) + " " + "(" + OfficialTerms.BE + " " + Fmt.yearSpan(plan, d) + ")");
		h.put("years", "(" + OfficialTerms.BE + " " + Fmt.yearSpan(plan, d) + ")");
		h.put("organization", Fmt.organization(plan));
		h.put("part", OfficialTerms.SHEETS_PART_TITLE);
		Dimension lastDim = null;
		Mission lastMission = null;
		SubMission lastSub = null;
		for (Project p : plan.getAllProjects()) {
			StringBuilder head = new StringBuilder();
			Dimension dim = p.getDimension();
			Mission m = p.getMission();
			SubMission s = p.getSubMission();
			if (dim != null && dim != lastDim) {
				head.append("<p style=\"font-weight:bold\">")
						.append(Fmt.html(String.format(OfficialTerms.DIMENSION, Fmt.num(dim.getNumber(), d)) + " "
								+ Fmt.nz(dim.getName())))
						.append("</p>");
			}
			if (m != null && m != lastMission) {
				head.append("<p style=\"font-weight:bold\">").append(Fmt.html(Fmt.mission(m, d))).append("</p>");
			}
			if (s != null && s != lastSub) {
				head.append("<p style=\"font-weight:bold\">")
						.append(Fmt.html(ThaiDigits.apply(Fmt.nz(s.getCode()), d) + " " + Fmt.nz(s.getName())))
						.append("</p>");
			}
			lastDim = dim;
			lastMission = m;
			lastSub = s;
			Map<String, Object> r = in.addRow();
			r.put("heading", head.toString());
			r.put("seq", String.format(OfficialTerms.SEQ, Fmt.num(p.getSeq(), d)));
			r.put("body", body(plan, p, d));
		}
		return in;
	}

	static String body(Plan plan, Project p, DigitStyle d) {
		StringBuilder b = new StringBuilder();
		section(b, 1, OfficialTerms.S1_NAME + " " + Fmt.nz(p.getName()), d);
		section(b, 2, OfficialTerms.S2_RATIONALE, d);
		for (String para : Fmt.nz(p.getRationale()).split("\n")) {
			if (!para.isBlank()) {
				b.append("<p style=\"text-indent:2em\">").append(Fmt.html(para.trim())).append("</p>");
			}
		}
		section(b, 3, OfficialTerms.S3_OBJECTIVES, d);
		numbered(b, p.getObjectives(), d);
		section(b, 4, OfficialTerms.S4_TARGET, d);
		b.append(indent(Fmt.html(targetGroup(p.getTargetGroup(), d))));
		section(b, 5, OfficialTerms.S5_METHODS, d);
		numbered(b, p.getMethods(), d);
		section(b, 6, OfficialTerms.S6_PERIOD, d);
		String period = Fmt.nz(p.getPeriod());
		b.append(indent(Fmt.html(period.isEmpty()
				? OfficialTerms.FISCAL_YEAR + " " + OfficialTerms.BE + " " + Fmt.yearSpan(plan, d)
				: period)));
		section(b, 7, OfficialTerms.S7_BUDGET, d);
		b.append(indent(Fmt.html(budget(plan, p, d))));
		section(b, 8, OfficialTerms.S8_RESPONSIBLE, d);
		OrganizationUnit unit = p.getResponsibleUnit();
		b.append(indent(Fmt.html(unit == null ? "" : unit.getFullName())));
		if (!p.getSupportingUnits().isEmpty()) {
			List<String> names = new ArrayList<>();
			for (OrganizationUnit u : p.getSupportingUnits()) {
				names.add(u.getFullName());
			}
			b.append(indent(Fmt.html(OfficialTerms.SUPPORTING + " " + String.join(", ", names))));
		}
		section(b, 9, OfficialTerms.S9_INDICATORS, d);
		b.append("<p style=\"text-decoration:underline; margin-left:1.5em\">").append(OfficialTerms.OUTPUTS)
				.append("</p>");
		numbered(b, texts(p.getOutputs()), d);
		b.append("<p style=\"text-decoration:underline; margin-left:1.5em\">").append(OfficialTerms.OUTCOMES)
				.append("</p>");
		numbered(b, texts(p.getOutcomes()), d);
		String remark = Fmt.nz(p.getRemarkDetail());
		if (!remark.isEmpty()) {
			b.append("<p><b>").append(OfficialTerms.REMARK).append("</b> ").append(Fmt.html(remark)).append("</p>");
		}
		return b.toString();
	}

	private static void section(StringBuilder b, int n, String heading, DigitStyle d) {
		b.append("<p style=\"font-weight:bold; margin-top:6pt\">").append(Fmt.num(n, d)).append(". ")
				.append(Fmt.html(heading)).append("</p>");
	}

	private static String indent(String html) {
		return "<p style=\"margin-left:1.5em\">" + html + "</p>";
	}

	private static void numbered(StringBuilder b, List<String> items, DigitStyle d) {
		if (items.size() == 1) {
			b.append(indent(Fmt.html(items.get(0))));
			return;
		}
		int i = 1;
		for (String item : items) {
			b.append(indent(Fmt.num(i++, d) + ") " + Fmt.html(item)));
		}
	}

	private static List<String> texts(List<Indicator> indicators) {
		List<String> out = new ArrayList<>();
		for (Indicator i : indicators) {
			out.add(Fmt.nz(i.getText()));
		}
		return out;
	}

	static String targetGroup(TargetGroup tg, DigitStyle d) {
		if (tg == null) {
			return "";
		}
		String text = Fmt.nz(tg.getText());
		if (tg.getCount() != null && !text.contains(OfficialTerms.COUNT)) {
			text = (text + " " + OfficialTerms.COUNT + " " + Fmt.num(tg.getCount(), d) + " " + Fmt.nz(tg.getUnit()))
					.trim();
		}
		return text;
	}

	/**
	 * "ไม่ใช้งบประมาณ", or "จำนวน ๗๒,๒๔๐ บาท (เจ็ดหมื่นสองพันสองร้อยสี่สิบบาทถ้วน)" when every year has the same
	 * amount (the sheets print one figure that the summary repeats per year), else the amount of each year.
	 */
	static String budget(Plan plan, Project p, DigitStyle d) {
		BahtFormat baht = BahtFormat.whole(d);
		Set<BigDecimal> amounts = new LinkedHashSet<>();
		boolean any = false;
		for (Integer y : plan.getFiscalYears()) {
			YearBudget yb = p.findBudget(y);
			if (yb != null && !yb.isNoBudget() && yb.getAmount() != null && yb.getAmount().signum() != 0) {
				any = true;
				amounts.add(yb.getAmount().stripTrailingZeros());
			} else {
				amounts.add(BigDecimal.ZERO);
			}
		}
		if (!any) {
			return BahtFormat.NO_BUDGET_FULL;
		}
		if (amounts.size() == 1) {
			BigDecimal a = amounts.iterator().next();
			return String.format(OfficialTerms.COUNT_BAHT, baht.format(a)) + " (" + BahtFormat.inWords(a) + ")";
		}
		List<String> parts = new ArrayList<>();
		for (Integer y : plan.getFiscalYears()) {
			YearBudget yb = p.findBudget(y);
			String v = yb == null || yb.isNoBudget() ? BahtFormat.NO_BUDGET_FULL
					: String.format(OfficialTerms.COUNT_BAHT, baht.format(yb.getAmount()));
			parts.add(OfficialTerms.YEAR + " " + Fmt.num(y, d) + " " + v);
		}
		return String.join("\n", parts);
	}
}
