package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one-year plan table: rows by running number, the year's total budget and the number of projects running in
 * each quarter ({@code Plan.countInQuarter(q)}).
 *
 * @param plan               title block
 * @param year               the fiscal year (Buddhist era)
 * @param rows               projects by running number
 * @param totalBudget        the plan's budget in that year
 * @param projectsPerQuarter four counts, quarter 1 to 4
 */
public record AnnualTable(PlanHeading plan, int year, List<AnnualRow> rows, BigDecimal totalBudget,
		List<Integer> projectsPerQuarter) {

	public AnnualTable {
		rows = List.copyOf(rows);
		projectsPerQuarter = List.copyOf(projectsPerQuarter);
	}
}
