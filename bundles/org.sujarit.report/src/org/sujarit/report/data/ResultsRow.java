package org.sujarit.report.data;

import java.math.BigDecimal;

import org.sujarit.model.ResultStatus;

/**
 * One project of a results round (official-tables.md (c)).
 *
 * @param seq       running number
 * @param name      project name
 * @param dimension the dimension's number, {@code null} when none
 * @param budget    its budget in the round's year (zero when none)
 * @param disbursed the amount disbursed, {@code null} when the round has no result for the project
 * @param status    its status, {@code null} when the round has no result for it
 * @param remark    the result's remark, "" when none
 */
public record ResultsRow(int seq, String name, Integer dimension, BigDecimal budget, BigDecimal disbursed,
		ResultStatus status, String remark) {
}
