package org.sujarit.ui.wizards;

import org.eclipse.osgi.util.NLS;
import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.MissionDescriptor;
import org.sujarit.framework.SubMissionDescriptor;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Organization;
import org.sujarit.model.SubMission;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanStatus;
import org.sujarit.ui.Messages;

/**
 * Builds a new plan from the wizard's settings: organization, years, budget, draft status, and the dimension /
 * mission / sub-mission skeleton of the chosen framework (FrameworkRegistry, API #6). Without a framework the plan
 * starts empty and the analyst adds dimensions with New Child.
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
		if (s.framework() != null) {
			addStructure(plan, s.framework());
		}
		plan.setTitle(NLS.bind(Messages.planTitleTemplate,
				new Object[] { s.firstYear(), s.lastYear(), s.organizationName() == null ? "" : s.organizationName() }));
		return plan;
	}

	/** The framework's dimensions, missions and sub-missions (codes and names; names the source lacks stay empty). */
	static void addStructure(Plan plan, FrameworkDescriptor framework) {
		PlanFactory f = PlanFactory.eINSTANCE;
		plan.setFrameworkId(framework.getId());
		plan.setFrameworkVersion(framework.getVersion());
		for (DimensionDescriptor dd : framework.getDimensions()) {
			if (!dd.required()) {
				continue;
			}
			Dimension d = f.createDimension();
			d.setCode(dd.code());
			d.setName(dd.name());
			d.setNameEn(dd.nameEn());
			plan.getDimensions().add(d);
			for (MissionDescriptor md : dd.missions()) {
				Mission m = f.createMission();
				m.setCode(md.code());
				m.setName(md.name());
				m.setNameEn(md.nameEn());
				d.getMissions().add(m);
				for (SubMissionDescriptor sd : md.subMissions()) {
					SubMission sm = f.createSubMission();
					sm.setCode(sd.code());
					sm.setName(sd.name());
					sm.setNameEn(sd.nameEn());
					m.getSubMissions().add(sm);
				}
			}
		}
	}
}
