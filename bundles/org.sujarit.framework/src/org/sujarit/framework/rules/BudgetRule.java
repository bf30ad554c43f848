package org.sujarit.framework.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.sujarit.framework.Messages;
import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.YearBudget;

/**
 * Budgets that hold for every framework: no negative amount, every budget entry in one of the plan's fiscal years,
 * at most one entry per year. Reported on the project, with the YearBudget as related data.
 */
public class BudgetRule implements IPlanRule {

	@Override
	public void check(Plan plan, RuleContext ctx) {
		for (Project p : plan.getAllProjects()) {
			Set<Integer> years = new HashSet<>();
			for (YearBudget b : p.getBudgets()) {
				String project = ctx.describe(p);
				BigDecimal amount = b.getAmount();
				if (amount != null && amount.signum() < 0) {
					ctx.error(p, "budget.negative", Messages.get(ctx.getLocale(), "budget.negative", project,
							b.getFiscalYear(), amount.toPlainString()), b);
				}
				if (b.getFiscalYear() < plan.getFirstYear() || b.getFiscalYear() > plan.getLastYear()) {
					ctx.error(p, "budget.outsideYears", Messages.get(ctx.getLocale(), "budget.outsideYears", project,
							b.getFiscalYear(), plan.getFirstYear(), plan.getLastYear()), b);
				} else if (!years.add(b.getFiscalYear())) {
					ctx.error(p, "budget.duplicateYear",
							Messages.get(ctx.getLocale(), "budget.duplicateYear", project, b.getFiscalYear()), b);
				}
			}
		}
	}
}
