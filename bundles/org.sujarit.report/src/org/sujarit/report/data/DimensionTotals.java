package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dimension's subtotal line (official-tables.md (a)): its project count and its budget per year, from the model's
 * derived figures ({@code Dimension.projectCount()}, {@code Dimension.totalBudget(year)}).
 *
 * @param number        the dimension's number
 * @param name          its name
 * @param projectCount  projects in it
 * @param budgetByYear  total budget per year of {@link SummaryTable#years()} (zero, never null)
 */
public record DimensionTotals(int number, String name, int projectCount, List<BigDecimal> budgetByYear) {

	public DimensionTotals {
		budgetByYear = List.copyOf(budgetByYear);
	}
}
