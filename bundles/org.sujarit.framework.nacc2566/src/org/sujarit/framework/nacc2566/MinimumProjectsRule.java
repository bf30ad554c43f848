package org.sujarit.framework.nacc2566;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.YearBudget;

/**
 * Each fiscal year of the plan has at least the NACC minimum number of projects (all kinds count) for the plan's
 * annual budget excluding subsidies.
 * <p>
 * A project counts in a year when it has a budget entry for that year (an amount or "no budget"); a project with no
 * budget entries at all runs over the plan's whole period and counts in every year. The seed's projects carry an
 * entry for every year of the plan, so both readings agree on it.
 * <p>
 * One finding for the whole plan, listing the years that fall short, so that a shortfall is reported once; a
 * warning when the budget is unknown (the tier cannot be chosen).
 */
public class MinimumProjectsRule implements IPlanRule {

	@Override
	public void check(Plan plan, RuleContext ctx) {
		Locale l = ctx.getLocale();
		BigDecimal budget = plan.getAnnualBudgetExclSubsidies();
		if (budget == null) {
			ctx.warning(plan, "nacc.tierUnknown", NaccMessages.get(l, "nacc.tierUnknown"));
			return;
		}
		int minimum = NaccTiers.minimumProjects(budget);
		List<String> shortYears = new ArrayList<>();
		for (int year = plan.getFirstYear(); year <= plan.getLastYear(); year++) {
			int count = countIn(plan, year);
			if (count < minimum) {
				shortYears.add(NaccMessages.get(l, "nacc.yearCount", year, count));
			}
		}
		if (!shortYears.isEmpty()) {
			DecimalFormat baht = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
			ctx.error(plan, "nacc.minimumProjects", NaccMessages.get(l, "nacc.minimumProjects", minimum,
					baht.format(budget), String.join(", ", shortYears)));
		}
	}

	/** Projects that run in the fiscal year (see the class comment). */
	public static int countIn(Plan plan, int fiscalYear) {
		int count = 0;
		for (Project p : plan.getAllProjects()) {
			if (p.getBudgets().isEmpty() || hasYear(p, fiscalYear)) {
				count++;
			}
		}
		return count;
	}

	private static boolean hasYear(Project p, int fiscalYear) {
		for (YearBudget b : p.getBudgets()) {
			if (b.getFiscalYear() == fiscalYear) {
				return true;
			}
		}
		return false;
	}
}
