package org.sujarit.ui.grid.internal.results;

import org.sujarit.model.Plan;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;

/** The fiscal year and round the results page shows; the round itself may not exist yet. */
public final class ResultsSelection {

	private final Plan plan;
	private int year;
	private RoundKind kind = RoundKind.TWELVE_MONTHS;

	public ResultsSelection(Plan plan) {
		this.plan = plan;
		this.year = plan.getFiscalYears().isEmpty() ? 0 : plan.getFiscalYears().get(0);
	}

	public Plan plan() {
		return plan;
	}

	public int year() {
		return year;
	}

	public RoundKind kind() {
		return kind;
	}

	public void set(int year, RoundKind kind) {
		this.year = year;
		this.kind = kind;
	}

	/** The round, or null while nothing was entered for it. */
	public ResultsRound round() {
		return plan.findRound(year, kind);
	}
}
