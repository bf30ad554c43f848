package org.sujarit.report.data;

import java.util.List;

/**
 * What every official table prints above its rows, as plain values: the plan's title (without its trailing year
 * span), the organization, the plan's own fiscal years (Buddhist era, in order), whether it is a draft, and its
 * counts.
 *
 * @param title          the plan's title without "(พ.ศ. 2566 - 2570)" (the designs print the years themselves)
 * @param organization   the organization's name, "" when none
 * @param years          the plan's fiscal years, first to last (any number of years)
 * @param draft          true while the plan is a draft (the summary prints the draft mark)
 * @param dimensionCount number of dimensions
 * @param projectCount   number of projects
 */
public record PlanHeading(String title, String organization, List<Integer> years, boolean draft,
		int dimensionCount, int projectCount) {

	public PlanHeading {
		years = List.copyOf(years);
	}

	public int firstYear() {
		return years.isEmpty() ? 0 : years.get(0);
	}

	public int lastYear() {
		return years.isEmpty() ? 0 : years.get(years.size() - 1);
	}
}
