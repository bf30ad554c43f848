package org.sujarit.example.riskdimension.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.sujarit.example.riskdimension.RiskLevel;
import org.sujarit.example.riskdimension.RiskProject;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.nacc2566.tests.SeedPlan;
import org.sujarit.framework.validation.Finding;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.SubMission;

/** The example plug-in's dimension 5, merged into the NACC framework, its catalogue, EPackage and rule. */
class RiskDimensionTest {

	static FrameworkDescriptor nacc() {
		FrameworkDescriptor f = FrameworkRegistry.getDefault().find(SeedPlan.FRAMEWORK_ID, SeedPlan.FRAMEWORK_VERSION);
		assertNotNull(f);
		return f;
	}

	/** The seed plan plus dimension 5 → 5.1 → 5.1.1 with a RiskProject made from the catalogue. */
	static Plan planWithRiskProject(RiskLevel level, String mitigation) {
		Plan plan = SeedPlan.plan();
		FrameworkDescriptor f = nacc();
		DimensionDescriptor dd = f.findDimension("5");
		Dimension d = PlanFactory.eINSTANCE.createDimension();
		d.setCode(dd.code());
		d.setName(dd.name());
		d.setNameEn(dd.nameEn());
		Mission m = PlanFactory.eINSTANCE.createMission();
		m.setCode("5.1");
		m.setName(dd.findMission("5.1").name());
		SubMission s = PlanFactory.eINSTANCE.createSubMission();
		s.setCode("5.1.1");
		s.setName(f.findSubMission("5.1.1").name());
		plan.getDimensions().add(d);
		d.getMissions().add(m);
		m.getSubMissions().add(s);
		RiskProject p = (RiskProject) f.getCatalogue("5.1.1").get(0).createProject();
		p.setSeq(38);
		p.setRiskLevel(level);
		p.setMitigation(mitigation);
		p.getQuarters().add(2);
		p.setResponsibleUnit(plan.getUnits().get(0));
		s.getProjects().add(p);
		return plan;
	}

	@Test
	void dimensionFiveIsMergedIntoTheNaccFramework() {
		FrameworkDescriptor f = nacc();
		assertEquals(List.of("1", "2", "3", "4", "5"), f.getDimensions().stream().map(DimensionDescriptor::code).toList());
		DimensionDescriptor d5 = f.findDimension("5");
		assertEquals("การบริหารความเสี่ยงการทุจริต", d5.name());
		assertEquals("Corruption-risk management", d5.nameEn());
		assertEquals("org.sujarit.example.riskdimension", d5.contributor());
		assertFalse(d5.required());
		assertEquals(List.of("http://sujarit.org/example/risk/1.0"), f.getEPackages());
		assertTrue(f.getRules().stream().anyMatch(r -> r.getId().equals("org.sujarit.example.riskdimension.mitigation")));
		assertTrue(FrameworkRegistry.getDefault().getProblems().isEmpty(),
				FrameworkRegistry.getDefault().getProblems().toString());
		CatalogueEntry entry = f.getCatalogue("5.1.1").get(0);
		assertInstanceOf(RiskProject.class, entry.createProject());
	}

	@Test
	void seedPlanWithoutTheOptionalDimensionStillHasNoErrors() {
		Diagnostic d = PlanValidator.validate(SeedPlan.plan(), FrameworkRegistry.getDefault(), Locale.ENGLISH, null);
		assertTrue(d.getChildren().stream().noneMatch(c -> c.getSeverity() == Diagnostic.ERROR), d.toString());
	}

	@Test
	void highRiskWithoutMitigationIsOneErrorOnTheProject() {
		Plan ok = planWithRiskProject(RiskLevel.HIGH, "แยกผู้จัดซื้อออกจากผู้ตรวจรับ");
		Diagnostic d = PlanValidator.validate(ok, FrameworkRegistry.getDefault(), Locale.ENGLISH, null);
		assertTrue(d.getChildren().stream().noneMatch(c -> c.getSeverity() == Diagnostic.ERROR), d.toString());

		Plan bad = planWithRiskProject(RiskLevel.HIGH, " ");
		List<Finding> errors = PlanValidator.validate(bad, FrameworkRegistry.getDefault(), Locale.ENGLISH, null)
				.getChildren().stream().filter(c -> c.getSeverity() == Diagnostic.ERROR).map(Finding.class::cast)
				.toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("risk.noMitigation", errors.get(0).getKey());
		assertSame(bad.getDimensions().get(4).getAllProjects().get(0), errors.get(0).getTarget());
		assertEquals("Project 38 ‘Measure: assessing corruption risks in procurement’ has a high corruption risk but "
				+ "no mitigation.", errors.get(0).getMessage());
		Finding th = (Finding) PlanValidator.validate(bad, FrameworkRegistry.getDefault(), Locale.of("th"), null)
				.getChildren().stream().filter(c -> c.getSeverity() == Diagnostic.ERROR).findFirst().orElseThrow();
		assertEquals("โครงการที่ 38 ‘มาตรการประเมินความเสี่ยงการทุจริตในกระบวนงานจัดซื้อจัดจ้าง’ "
				+ "มีความเสี่ยงการทุจริตระดับสูงแต่ไม่ได้ระบุมาตรการลดความเสี่ยง", th.getMessage());

		Plan low = planWithRiskProject(RiskLevel.LOW, null);
		assertTrue(PlanValidator.validate(low, FrameworkRegistry.getDefault(), Locale.ENGLISH, null).getChildren()
				.stream().noneMatch(c -> c.getSeverity() == Diagnostic.ERROR));
	}

	@Test
	void wrongCodeInTheContributedDimensionIsCaught() {
		Plan plan = planWithRiskProject(RiskLevel.LOW, null);
		SubMission s = plan.getDimensions().get(4).getMissions().get(0).getSubMissions().get(0);
		s.setCode("5.1.7");
		List<Finding> errors = PlanValidator.validate(plan, FrameworkRegistry.getDefault(), Locale.ENGLISH, null)
				.getChildren().stream().filter(c -> c.getSeverity() == Diagnostic.ERROR).map(Finding.class::cast)
				.toList();
		assertEquals(1, errors.size(), errors.toString());
		assertSame(s, errors.get(0).getTarget());
	}

	@Test
	void editLabelsFromTheGeneratedItemProviders() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			RiskProject p = (RiskProject) planWithRiskProject(RiskLevel.HIGH, "x").getDimensions().get(4)
					.getAllProjects().get(0);
			IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(p, IItemLabelProvider.class);
			assertNotNull(labels, "no item provider for RiskProject");
			assertNotNull(labels.getText(p));
		} finally {
			factory.dispose();
		}
	}
}
