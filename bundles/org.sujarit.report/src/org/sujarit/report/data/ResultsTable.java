package org.sujarit.report.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sujarit.model.ResultStatus;

/**
 * One results round (6 or 12 months) as typed values: the period, the count per status
 * ({@code ResultsRound.countByStatus}), totals of budget and disbursed, and one row per project.
 *
 * @param plan           title block
 * @param year           the round's fiscal year
 * @param months         6 or 12
 * @param periodStart    first day the round covers (1 October of the fiscal year)
 * @param periodEnd      last day it covers
 * @param countByStatus  projects per status (every status present, zero included)
 * @param reported       number of results in the round
 * @param totalBudget    the plan's budget in that year
 * @param totalDisbursed sum disbursed in the round
 * @param rows           projects by running number
 */
public record ResultsTable(PlanHeading plan, int year, int months, LocalDate periodStart, LocalDate periodEnd,
		Map<ResultStatus, Integer> countByStatus, int reported, BigDecimal totalBudget, BigDecimal totalDisbursed,
		List<ResultsRow> rows) {

	public ResultsTable {
		countByStatus = java.util.Collections.unmodifiableMap(new EnumMap<>(countByStatus));
		rows = List.copyOf(rows);
	}

	public int count(ResultStatus status) {
		return countByStatus.getOrDefault(status, 0);
	}
}
