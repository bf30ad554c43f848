package org.sujarit.report.data;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * One project sheet (official-tables.md (d)) as plain values; the designs lay out the nine numbered sections.
 *
 * @param dimension       the dimension's number, 0 when none
 * @param dimensionName   its name
 * @param missionCode     "1.1", "" when none
 * @param missionName     the mission's name
 * @param subMissionCode  "1.1.1", "" when none
 * @param subMissionName  the sub-mission's name
 * @param seq             running number
 * @param name            project name (section 1)
 * @param rationale       paragraphs of section 2
 * @param objectives      section 3
 * @param targetText      section 4: who
 * @param targetCount     section 4: how many, {@code null} when not given
 * @param targetUnit      section 4: of what ("คน"), "" when none
 * @param methods         section 5
 * @param period          section 6 as the plan words it, "" for the plan's years
 * @param budgets         section 7: per year of {@link PlanHeading#years()}, {@code null} where it uses no budget
 * @param responsible     section 8: the responsible unit's full name, "" when none
 * @param supporting      section 8: supporting units' full names
 * @param outputs         section 9: outputs
 * @param outcomes        section 9: outcomes
 * @param remark          the sheet's remark, "" when none
 */
public record SheetRow(int dimension, String dimensionName, String missionCode, String missionName,
		String subMissionCode, String subMissionName, int seq, String name, List<String> rationale,
		List<String> objectives, String targetText, Integer targetCount, String targetUnit, List<String> methods,
		String period, List<BigDecimal> budgets, String responsible, List<String> supporting, List<String> outputs,
		List<String> outcomes, String remark) {

	public SheetRow {
		rationale = List.copyOf(rationale);
		objectives = List.copyOf(objectives);
		methods = List.copyOf(methods);
		budgets = Collections.unmodifiableList(new java.util.ArrayList<>(budgets)); // nulls allowed
		supporting = List.copyOf(supporting);
		outputs = List.copyOf(outputs);
		outcomes = List.copyOf(outcomes);
	}
}
