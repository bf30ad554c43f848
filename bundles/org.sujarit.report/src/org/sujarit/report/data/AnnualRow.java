package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * One project of the one-year plan table (official-tables.md (b)).
 *
 * @param seq       running number
 * @param name      project name
 * @param dimension the dimension's number, {@code null} when the project is outside every dimension
 * @param budget    its budget in that year (zero when it uses none)
 * @param quarters  the quarters it runs in (1-4, ascending)
 * @param remark    the remark, "" when none
 */
public record AnnualRow(int seq, String name, Integer dimension, BigDecimal budget, List<Integer> quarters,
		String remark) {

	public AnnualRow {
		quarters = List.copyOf(quarters);
	}

	public boolean runsInQuarter(int q) {
		return quarters.contains(q);
	}
}
