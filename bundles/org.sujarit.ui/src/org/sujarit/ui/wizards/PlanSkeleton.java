package org.sujarit.ui.wizards;

import org.eclipse.osgi.util.NLS;
import org.sujarit.model.Organization;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanStatus;
import org.sujarit.ui.Messages;

/**
 * Builds a new plan from the wizard's settings: organization, years, budget, draft status. The dimension / mission
 * skeleton comes from the chosen framework (org.sujarit.framework's FrameworkRegistry, API #6) once that is in main;
 * without a framework the plan starts empty and the analyst adds dimensions with New Child.
 */
public final class PlanSkeleton {

	private PlanSkeleton() {
	}

	public static Plan create(NewPlanSettings s) {
		if (s.firstYear() > s.lastYear()) {
			throw new IllegalArgumentException(NLS.bind(Messages.yearsReversed, s.firstYear(), s.lastYear()));
		}
		PlanFactory f = PlanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		Organization org = f.createOrganization();
		org.setName(s.organizationName());
		org.setShortName(s.shortName());
		org.setKind(s.kind());
		org.setProvince(s.province());
		plan.setOrganization(org);
		plan.setFirstYear(s.firstYear());
		plan.setLastYear(s.lastYear());
		plan.setAnnualBudgetExclSubsidies(s.annualBudgetExclSubsidies());
		plan.setStatus(PlanStatus.DRAFT);
		plan.setFrameworkId(s.frameworkId());
		plan.setTitle(NLS.bind(Messages.planTitleTemplate,
				new Object[] { s.firstYear(), s.lastYear(), s.organizationName() == null ? "" : s.organizationName() }));
		return plan;
	}
}
