package org.sujarit.example.riskdimension.rules;

import org.sujarit.example.riskdimension.RiskLevel;
import org.sujarit.example.riskdimension.RiskProject;
import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.framework.validation.RuleMessages;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;

/** A HIGH-risk project must state how the risk is reduced. */
public class MitigationRule implements IPlanRule {

	private static final RuleMessages MESSAGES = new RuleMessages(MitigationRule.class,
			"org.sujarit.example.riskdimension.rules.messages");

	@Override
	public void check(Plan plan, RuleContext ctx) {
		for (Project p : plan.getAllProjects()) {
			if (p instanceof RiskProject risk && risk.getRiskLevel() == RiskLevel.HIGH
					&& (risk.getMitigation() == null || risk.getMitigation().isBlank())) {
				ctx.error(p, "risk.noMitigation",
						MESSAGES.format(ctx.getLocale(), "risk.noMitigation", ctx.describe(p)));
			}
		}
	}
}
