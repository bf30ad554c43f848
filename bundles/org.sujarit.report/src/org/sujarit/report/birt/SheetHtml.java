package org.sujarit.report.birt;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.sujarit.report.data.SheetRow;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/** Lays out one typed project sheet as HTML for the sheets design (official-tables.md (d), rules.md §5). */
final class SheetHtml {
	private final IReportContext context;
	private final DigitStyle d;

	SheetHtml(IReportContext context, DigitStyle digits) {
		this.context = context;
		this.d = digits;
	}

	private String msg(String key, Object... args) {
		return args.length == 0 ? context.getMessage(key) : context.getMessage(key, args);
	}

	private String num(long n) {
		return ThaiDigits.format(n, d);
	}

	String heading(SheetRow row, SheetRow prev) {
		StringBuilder head = new StringBuilder();
		boolean dimChanged = prev == null || prev.dimension() != row.dimension();
		boolean missionChanged = dimChanged || !prev.missionCode().equals(row.missionCode());
		boolean subChanged = missionChanged || !prev.subMissionCode().equals(row.subMissionCode());
		if (row.dimension() != 0 && dimChanged) {
			bold(head, msg("sheet.dimension", num(row.dimension())) + " " + row.dimensionName());
		}
		if (!row.missionCode().isEmpty() && missionChanged) {
			bold(head, ThaiDigits.apply(row.missionCode(), d) + " " + row.missionName());
		}
		if (!row.subMissionCode().isEmpty() && subChanged) {
			bold(head, ThaiDigits.apply(row.subMissionCode(), d) + " " + row.subMissionName());
		}
		return head.toString();
	}

	private static void bold(StringBuilder b, String text) {
		b.append("<p style=\"font-weight:bold\">").append(html(text.trim())).append("</p>");
	}

	String body(SheetRow p, List<Integer> years) {
		StringBuilder b = new StringBuilder();
		section(b, 1, msg("sheet.s1") + " " + p.name());
		section(b, 2, msg("sheet.s2"));
		for (String para : p.rationale()) {
			b.append("<p style=\"text-indent:2em\">").append(html(para)).append("</p>");
		}
		section(b, 3, msg("sheet.s3"));
		numbered(b, p.objectives());
		section(b, 4, msg("sheet.s4"));
		b.append(indent(html(target(p))));
		section(b, 5, msg("sheet.s5"));
		numbered(b, p.methods());
		section(b, 6, msg("sheet.s6"));
		b.append(indent(html(p.period().isEmpty() ? msg("sheet.fiscalYears", span(years)) : p.period())));
		section(b, 7, msg("sheet.s7"));
		b.append(indent(html(budget(p, years))));
		section(b, 8, msg("sheet.s8"));
		b.append(indent(html(p.responsible())));
		if (!p.supporting().isEmpty()) {
			b.append(indent(html(msg("sheet.supporting") + " " + String.join(", ", p.supporting()))));
		}
		section(b, 9, msg("sheet.s9"));
		b.append("<p style=\"text-decoration:underline; margin-left:1.5em\">").append(html(msg("sheet.outputs")))
				.append("</p>");
		numbered(b, p.outputs());
		b.append("<p style=\"text-decoration:underline; margin-left:1.5em\">").append(html(msg("sheet.outcomes")))
				.append("</p>");
		numbered(b, p.outcomes());
		if (!p.remark().isEmpty()) {
			b.append("<p><b>").append(html(msg("sheet.remark"))).append("</b> ").append(html(p.remark()))
					.append("</p>");
		}
		return b.toString();
	}

	private String span(List<Integer> years) {
		if (years.isEmpty()) {
			return "";
		}
		int first = years.get(0);
		int last = years.get(years.size() - 1);
		return first == last ? num(first) : msg("yearSpan", num(first), num(last));
	}

	private void section(StringBuilder b, int n, String heading) {
		b.append("<p style=\"font-weight:bold; margin-top:6pt\">").append(num(n)).append(". ").append(html(heading))
				.append("</p>");
	}

	private static String indent(String html) {
		return "<p style=\"margin-left:1.5em\">" + html + "</p>";
	}

	private void numbered(StringBuilder b, List<String> items) {
		if (items.size() == 1) {
			b.append(indent(html(items.get(0))));
			return;
		}
		int i = 1;
		for (String item : items) {
			b.append(indent(num(i++) + ") " + html(item)));
		}
	}

	private String target(SheetRow p) {
		String text = p.targetText();
		String count = msg("sheet.count");
		if (p.targetCount() != null && !text.contains(count)) {
			text = (text + " " + count + " " + num(p.targetCount()) + " " + p.targetUnit()).trim();
		}
		return text;
	}

	/**
	 * "ไม่ใช้งบประมาณ", or "จำนวน ๗๒,๒๔๐ บาท (เจ็ดหมื่น…บาทถ้วน)" when every year has the same amount (the sheets print
	 * one figure that the summary repeats per year), else the amount of each year.
	 */
	private String budget(SheetRow p, List<Integer> years) {
		BahtFormat baht = BahtFormat.whole(d);
		Set<BigDecimal> amounts = new LinkedHashSet<>();
		boolean any = false;
		for (BigDecimal a : p.budgets()) {
			if (a != null && a.signum() != 0) {
				any = true;
				amounts.add(a.stripTrailingZeros());
			} else {
				amounts.add(BigDecimal.ZERO);
			}
		}
		if (!any) {
			return msg("noBudgetFull");
		}
		if (amounts.size() == 1) {
			BigDecimal a = amounts.iterator().next();
			return msg("countBaht", baht.format(a)) + " (" + BahtFormat.inWords(a) + ")";
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < years.size(); i++) {
			BigDecimal a = p.budgets().get(i);
			String v = a == null ? msg("noBudgetFull") : msg("countBaht", baht.format(a));
			if (sb.length() > 0) {
				sb.append('\n');
			}
			sb.append(msg("col.year", num(years.get(i)))).append(' ').append(v);
		}
		return sb.toString();
	}

	/** Minimal escaping for text placed into BIRT's HTML text items. */
	static String html(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '&' -> sb.append("&amp;");
			case '"' -> sb.append("&quot;");
			case '\n' -> sb.append("<br/>");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}
}
