package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * The multi-year summary table as typed values: the plan's own years (three, five, seven ...), one row per project in
 * document order, each dimension's totals and the grand total per year.
 *
 * @param plan          title block
 * @param years         the year columns, first to last
 * @param rows          projects grouped by dimension then mission, in document order
 * @param dimensions    every dimension's totals, in order (also those without projects)
 * @param totalByYear   the plan's total budget per year ({@code Plan.totalBudget(year)})
 */
public record SummaryTable(PlanHeading plan, List<Integer> years, List<SummaryRow> rows,
		List<DimensionTotals> dimensions, List<BigDecimal> totalByYear) {

	public SummaryTable {
		years = List.copyOf(years);
		rows = List.copyOf(rows);
		dimensions = List.copyOf(dimensions);
		totalByYear = List.copyOf(totalByYear);
	}

	/** The totals of dimension {@code number}, or {@code null}. */
	public DimensionTotals dimension(int number) {
		for (DimensionTotals d : dimensions) {
			if (d.number() == number) {
				return d;
			}
		}
		return null;
	}
}
