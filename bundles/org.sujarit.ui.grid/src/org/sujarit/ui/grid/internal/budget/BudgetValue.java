package org.sujarit.ui.grid.internal.budget;

import java.math.BigDecimal;

import org.sujarit.model.YearBudget;

/**
 * The value of one project × fiscal-year cell: "ไม่ใช้งบฯ" or an amount. A project without an entry for the year has
 * no value at all (the cell is blank).
 */
public record BudgetValue(boolean noBudget, BigDecimal amount) {

	public static final BudgetValue NO_BUDGET = new BudgetValue(true, null);

	public static BudgetValue amount(BigDecimal amount) {
		return new BudgetValue(false, amount);
	}

	/** The value of an entry, or null when there is none. */
	public static BudgetValue of(YearBudget budget) {
		if (budget == null) {
			return null;
		}
		return budget.isNoBudget() ? NO_BUDGET : amount(budget.getAmount());
	}

	/** Same meaning (amounts compared by value, so 100 and 100.00 are equal). */
	public boolean sameAs(BudgetValue other) {
		if (other == null || noBudget != other.noBudget) {
			return false;
		}
		return noBudget || (amount == null ? other.amount == null
				: other.amount != null && amount.compareTo(other.amount) == 0);
	}
}
