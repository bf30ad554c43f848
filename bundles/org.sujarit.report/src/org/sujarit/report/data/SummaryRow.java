package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * One project of the multi-year summary table (official-tables.md (a)).
 *
 * @param dimension     the dimension's number (1-4 in the NACC framework)
 * @param dimensionName the dimension's name
 * @param missionCode   the mission's code ("1.1"), "" when the project hangs directly under the dimension
 * @param missionName   the mission's name, "" likewise
 * @param seq           the running number (1-37, not restarted per dimension)
 * @param name          the project's name (kind word included, as the plan holds it)
 * @param budgets       budget per year of {@link SummaryTable#years()}, same order; {@code null} where the project
 *                      uses no budget that year
 * @param unit          the responsible top unit by its short name ("สำนักปลัดฯ"), "" when none
 * @param quarters      the quarters it runs in (1-4, ascending)
 * @param remark        the remark, "" when none
 */
public record SummaryRow(int dimension, String dimensionName, String missionCode, String missionName, int seq,
		String name, List<BigDecimal> budgets, String unit, List<Integer> quarters, String remark) {

	public SummaryRow {
		budgets = Collections.unmodifiableList(new java.util.ArrayList<>(budgets)); // nulls allowed
		quarters = List.copyOf(quarters);
	}
}
