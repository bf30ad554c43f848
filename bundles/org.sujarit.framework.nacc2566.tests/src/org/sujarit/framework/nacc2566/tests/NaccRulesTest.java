package org.sujarit.framework.nacc2566.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.nacc2566.NaccTiers;
import org.sujarit.framework.validation.Finding;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.SubMission;
import org.sujarit.model.YearBudget;

/** Mutations of the seed's plan: each reported once, on the right object, with the right message. */
class NaccRulesTest {

	private static List<Finding> validate(Plan plan, Locale locale) {
		Diagnostic root = PlanValidator.validate(plan, FrameworkRegistry.getDefault(), locale, null);
		for (Diagnostic d : root.getChildren()) {
			assertTrue(d instanceof Finding, "unexpected structural diagnostic: " + d);
		}
		return root.getChildren().stream().map(Finding.class::cast).toList();
	}

	private static List<Finding> errors(Plan plan) {
		return validate(plan, Locale.ENGLISH).stream().filter(f -> f.getSeverity() == Diagnostic.ERROR).toList();
	}

	private static Project project(Plan plan, int seq) {
		return plan.getAllProjects().stream().filter(p -> p.getSeq() == seq).findFirst().orElseThrow();
	}

	@Test
	void untouchedSampleHasNoErrorsAndTheExpectedWarnings() {
		Plan plan = SeedPlan.plan();
		assertEquals(37, plan.getAllProjects().size());
		List<Finding> findings = validate(plan, Locale.ENGLISH);
		assertTrue(findings.stream().noneMatch(f -> f.getSeverity() == Diagnostic.ERROR), findings.toString());
		// the seed gives no annual budget, and its scan lost the quarters of projects 33-37
		assertEquals("nacc.tierUnknown", findings.get(0).getKey());
		assertSame(plan, findings.get(0).getTarget());
		List<Finding> noQuarter = findings.stream().filter(f -> f.getKey().equals("nacc.noQuarter")).toList();
		assertEquals(List.of(33, 34, 35, 36, 37), noQuarter.stream().map(f -> ((Project) f.getTarget()).getSeq()).toList());
		assertEquals(6, findings.size(), findings.toString());
	}

	@Test
	void committedSampleFileHasNoErrors() {
		Plan plan = SeedPlan.sample();
		List<Finding> findings = validate(plan, Locale.ENGLISH);
		assertTrue(findings.stream().noneMatch(f -> f.getSeverity() == Diagnostic.ERROR), findings.toString());
		assertEquals(List.of(33, 34, 35, 36, 37), findings.stream().filter(f -> f.getKey().equals("nacc.noQuarter"))
				.map(f -> ((Project) f.getTarget()).getSeq()).toList(), findings.toString());
	}

	@Test
	void droppedDimension() {
		Plan plan = SeedPlan.plan();
		plan.getDimensions().remove(2);
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("structure.missingDimension", errors.get(0).getKey());
		assertSame(plan, errors.get(0).getTarget());
		assertEquals("The plan has no dimension 3 ‘Promoting the role and participation of the people (civil society)’,"
				+ " which framework nacc.lao.2566 2566-2570 requires.", errors.get(0).getMessage());
	}

	@Test
	void removedUnit() {
		Plan plan = SeedPlan.plan();
		OrganizationUnit audit = plan.getUnits().stream().filter(u -> u.getName().equals("หน่วยตรวจสอบภายใน"))
				.findFirst().orElseThrow();
		EcoreUtil.delete(audit, true);
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("nacc.noResponsibleUnit", errors.get(0).getKey());
		Project p31 = project(plan, 31);
		assertSame(p31, errors.get(0).getTarget());
		assertTrue(errors.get(0).getMessage().startsWith("Project 31 ‘Project to prepare the annual internal audit plan’"), errors.get(0).getMessage());
		assertTrue(errors.get(0).getMessage().endsWith("’ has no responsible unit."), errors.get(0).getMessage());

		List<Finding> th = validate(plan, Locale.of("th")).stream().filter(f -> f.getSeverity() == Diagnostic.ERROR)
				.toList();
		assertTrue(th.get(0).getMessage().startsWith("โครงการที่ 31 ‘โครงการ"), th.get(0).getMessage());
		assertTrue(th.get(0).getMessage().endsWith("’ ไม่มีหน่วยงานที่รับผิดชอบ"), th.get(0).getMessage());
	}

	@Test
	void underTheTierMinimum() {
		Plan plan = SeedPlan.plan();
		plan.setAnnualBudgetExclSubsidies(new BigDecimal("250000000"));
		assertTrue(errors(plan).isEmpty(), "37 projects meet the 35 of the highest tier");
		EcoreUtil.delete(project(plan, 12));
		EcoreUtil.delete(project(plan, 13));
		assertTrue(errors(plan).isEmpty(), "35 projects still meet it");
		EcoreUtil.delete(project(plan, 14));
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("nacc.minimumProjects", errors.get(0).getKey());
		assertSame(plan, errors.get(0).getTarget());
		assertEquals("Fewer projects than the NACC minimum of 35 per year for an annual budget of 250,000,000 baht "
				+ "excluding subsidies: FY 2566 has 34, FY 2567 has 34, FY 2568 has 34, FY 2569 has 34, FY 2570 has 34.",
				errors.get(0).getMessage());

		plan.setAnnualBudgetExclSubsidies(new BigDecimal("150000000"));
		assertTrue(errors(plan).isEmpty(), "34 projects meet the 25 of the third tier");
	}

	@Test
	void aProjectCountsOnlyInTheYearsItHasABudgetFor() {
		Plan plan = SeedPlan.plan();
		plan.setAnnualBudgetExclSubsidies(new BigDecimal("200000000"));
		EcoreUtil.delete(project(plan, 12));
		EcoreUtil.delete(project(plan, 13));
		Project p1 = project(plan, 1);
		p1.getBudgets().remove(p1.findBudget(2570));
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).getMessage().endsWith(": FY 2570 has 34."), errors.get(0).getMessage());
		// a project without any budget entry runs over the whole plan
		p1.getBudgets().clear();
		assertTrue(errors(plan).isEmpty());
	}

	@Test
	void tiersFollowTheLettersBoundaries() {
		assertEquals(15, NaccTiers.minimumProjects(new BigDecimal("39999999.99")));
		assertEquals(20, NaccTiers.minimumProjects(new BigDecimal("40000000")));
		assertEquals(20, NaccTiers.minimumProjects(new BigDecimal("80000000")));
		assertEquals(25, NaccTiers.minimumProjects(new BigDecimal("80000000.01")));
		assertEquals(25, NaccTiers.minimumProjects(new BigDecimal("199999999.99")));
		assertEquals(35, NaccTiers.minimumProjects(new BigDecimal("200000000")));
	}

	@Test
	void negativeBudget() {
		Plan plan = SeedPlan.plan();
		Project p17 = project(plan, 17);
		YearBudget b = p17.findBudget(2568);
		b.setAmount(new BigDecimal("-100"));
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("budget.negative", errors.get(0).getKey());
		assertSame(p17, errors.get(0).getTarget());
		assertSame(b, errors.get(0).getData().get(1));
		assertTrue(errors.get(0).getMessage().endsWith(" has a negative budget in FY 2568: -100 baht."));
	}

	@Test
	void budgetOutsideThePlansYears() {
		Plan plan = SeedPlan.plan();
		Project p5 = project(plan, 5);
		YearBudget b = PlanFactory.eINSTANCE.createYearBudget();
		b.setFiscalYear(2571);
		b.setAmount(BigDecimal.TEN);
		p5.getBudgets().add(b);
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("budget.outsideYears", errors.get(0).getKey());
		assertSame(p5, errors.get(0).getTarget());
		assertTrue(errors.get(0).getMessage().startsWith("Project 5 ‘"));
		assertTrue(errors.get(0).getMessage().endsWith(" has a budget for FY 2571, outside the plan's years 2566–2570."));
	}

	@Test
	void wrongSubMissionCode() {
		Plan plan = SeedPlan.plan();
		SubMission s = project(plan, 12).getSubMission();
		s.setCode("2.2.9");
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("structure.unknownSubMission", errors.get(0).getKey());
		assertSame(s, errors.get(0).getTarget());
		assertTrue(errors.get(0).getMessage().startsWith("Sub-mission 2.2.9 ‘Establishing integrity"),
				errors.get(0).getMessage());
		assertTrue(errors.get(0).getMessage().endsWith(": code 2.2.9 is not a sub-mission of framework nacc.lao.2566 2566-2570."));
	}

	@Test
	void missionUnderTheWrongDimensionIsReportedOnceOnTheMission() {
		Plan plan = SeedPlan.plan();
		Mission m = plan.findDimension(1).getMissions().get(1);
		m.setCode("2.1"); // exists, but in dimension 2; its sub-mission 1.2.3 is not reported again
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("structure.wrongParent", errors.get(0).getKey());
		assertSame(m, errors.get(0).getTarget());
		assertTrue(errors.get(0).getMessage().endsWith(" belongs under 2 in the framework, not under 1."));
	}

	@Test
	void subMissionMovedToAnotherMission() {
		Plan plan = SeedPlan.plan();
		SubMission s = project(plan, 36).getSubMission(); // 4.3.1
		Mission m42 = plan.findDimension(4).getMissions().get(1);
		m42.getSubMissions().add(s);
		List<Finding> errors = errors(plan);
		assertEquals(1, errors.size(), errors.toString());
		assertSame(s, errors.get(0).getTarget());
		assertTrue(errors.get(0).getMessage().endsWith(" belongs under 4.3 in the framework, not under 4.2."));
	}

	@Test
	void unknownDimensionCode() {
		Plan plan = SeedPlan.plan();
		Dimension d4 = plan.findDimension(4);
		d4.setCode("7");
		List<Finding> errors = errors(plan);
		// two facts: the code 7 is unknown (on the dimension), and the required dimension 4 is absent (on the plan)
		assertEquals(List.of("structure.unknownDimension", "structure.missingDimension"),
				errors.stream().map(Finding::getKey).toList());
		assertSame(d4, errors.get(0).getTarget());
		assertSame(plan, errors.get(1).getTarget());
	}
}
