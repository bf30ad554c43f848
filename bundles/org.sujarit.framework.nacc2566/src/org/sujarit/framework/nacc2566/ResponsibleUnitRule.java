package org.sujarit.framework.nacc2566;

import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;

/** Every project names its responsible unit (section 8 of the project sheet, ผู้รับผิดชอบ). */
public class ResponsibleUnitRule implements IPlanRule {

	@Override
	public void check(Plan plan, RuleContext ctx) {
		for (Project p : plan.getAllProjects()) {
			if (p.getResponsibleUnit() == null || p.getResponsibleUnit().eIsProxy()) {
				ctx.error(p, "nacc.noResponsibleUnit",
						NaccMessages.get(ctx.getLocale(), "nacc.noResponsibleUnit", ctx.describe(p)));
			}
		}
	}
}
