package org.sujarit.report.data;

import java.util.List;

import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/** Small text helpers shared by the table builders: digits, codes and names as the tables print them. */
final class Fmt {
	private Fmt() {
	}

	static String nz(String s) {
		return s == null ? "" : s.trim();
	}

	static String num(long n, DigitStyle d) {
		return ThaiDigits.format(n, d);
	}

	/** "1. การสร้างวัฒนธรรมสุจริต" */
	static String dimension(Dimension dim, DigitStyle d) {
		return ThaiDigits.apply(dim.getNumber() + ".", d) + " " + nz(dim.getName());
	}

	/** "1.1 การเสริมสร้าง…" */
	static String mission(Mission m, DigitStyle d) {
		return m == null ? "" : (ThaiDigits.apply(nz(m.getCode()), d) + " " + nz(m.getName())).trim();
	}

	/**
	 * The plan's title without a trailing "(พ.ศ. 2566 - 2570)": the title blocks print the years on their own line,
	 * in the report's digits.
	 */
	static String title(Plan plan) {
		return nz(plan.getTitle()).replaceFirst("\\s*\\(\\s*พ\\.ศ\\.[^)]*\\)\\s*$", "");
	}

	/**
	 * Projects in the order of their running number: the one-year and results tables list rows by ลำดับ, which need
	 * not follow the dimensions (the 2565 plan numbers its rows 1-38 across dimensions).
	 */
	static List<Project> bySeq(Plan plan) {
		List<Project> list = new java.util.ArrayList<>(plan.getAllProjects());
		list.sort(java.util.Comparator.comparingInt(Project::getSeq));
		return list;
	}

	static String organization(Plan plan) {
		return plan.getOrganization() == null ? "" : nz(plan.getOrganization().getName());
	}

	/** "๒๕๖๖ - ๒๕๗๐", or one year when the plan covers one. */
	static String yearSpan(Plan plan, DigitStyle d) {
		List<Integer> years = plan.getFiscalYears();
		if (years.isEmpty()) {
			return "";
		}
		int first = years.get(0);
		int last = years.get(years.size() - 1);
		return first == last ? num(first, d) : num(first, d) + " - " + num(last, d);
	}

	/** The responsible unit's top unit, by its short name (the summary table's abbreviation). */
	static String unitShort(OrganizationUnit unit) {
		if (unit == null) {
			return "";
		}
		OrganizationUnit top = unit.getTopUnit();
		String s = nz(top.getShortName());
		return s.isEmpty() ? nz(top.getName()) : s;
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
