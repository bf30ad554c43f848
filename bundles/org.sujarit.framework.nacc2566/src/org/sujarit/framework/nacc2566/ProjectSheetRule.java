package org.sujarit.framework.nacc2566;

import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;

/**
 * Warnings for a project sheet that lacks the quarters it runs in (ดำเนินการไตรมาส) or an output indicator
 * (ผลผลิต): the plan is still valid, the tables and the results rounds are poorer without them.
 */
public class ProjectSheetRule implements IPlanRule {

	@Override
	public void check(Plan plan, RuleContext ctx) {
		for (Project p : plan.getAllProjects()) {
			if (p.getQuarters().isEmpty()) {
				ctx.warning(p, "nacc.noQuarter", NaccMessages.get(ctx.getLocale(), "nacc.noQuarter", ctx.describe(p)));
			}
			if (p.getOutputs().isEmpty()) {
				ctx.warning(p, "nacc.noOutput", NaccMessages.get(ctx.getLocale(), "nacc.noOutput", ctx.describe(p)));
			}
		}
	}
}
