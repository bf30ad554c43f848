package org.sujarit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.YearBudget;

/** Edge cases of the derived figures (PlanFigures, reached through the model's operations). */
class PlanFiguresTest {

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	private static YearBudget budget(int year, String amount, boolean noBudget) {
		YearBudget b = F.createYearBudget();
		b.setFiscalYear(year);
		b.setNoBudget(noBudget);
		b.setAmount(amount == null ? null : new BigDecimal(amount));
		return b;
	}

	private static Project project(int seq, ProjectKind kind, YearBudget... budgets) {
		Project p = F.createProject();
		p.setSeq(seq);
		p.setKind(kind);
		p.getBudgets().addAll(List.of(budgets));
		return p;
	}

	@Test
	void noBudgetIsDistinctFromZeroButBothAddNothing() {
		Project none = project(1, ProjectKind.MEASURE, budget(2566, null, true));
		Project zero = project(2, ProjectKind.PROJECT, budget(2566, "0", false));
		Project noEntry = project(3, ProjectKind.PROJECT);
		assertTrue(none.findBudget(2566).isNoBudget());
		assertEquals(false, zero.findBudget(2566).isNoBudget());
		assertNull(noEntry.findBudget(2566), "a missing year is not the same as no budget");
		assertEquals(0, BigDecimal.ZERO.compareTo(none.budgetIn(2566)));
		assertEquals(0, BigDecimal.ZERO.compareTo(zero.budgetIn(2566)));
		assertEquals(0, BigDecimal.ZERO.compareTo(noEntry.budgetIn(2566)));
	}

	@Test
	void noBudgetWinsOverAStrayAmount() {
		// amount is documented as ignored when noBudget is set
		Project p = project(1, ProjectKind.MEASURE, budget(2566, "500", true));
		assertEquals(0, BigDecimal.ZERO.compareTo(p.budgetIn(2566)));
	}

	@Test
	void totalsPerYearAndOverThePlan() {
		Plan plan = F.createPlan();
		plan.setFirstYear(2566);
		plan.setLastYear(2568);
		Dimension d1 = F.createDimension();
		d1.setCode("1");
		Mission m = F.createMission();
		m.setCode("1.1");
		SubMission s = F.createSubMission();
		s.setCode("1.1.1");
		m.getSubMissions().add(s);
		d1.getMissions().add(m);
		Dimension d2 = F.createDimension();
		d2.setCode(" 2 ");
		plan.getDimensions().add(d1);
		plan.getDimensions().add(d2);
		s.getProjects().add(project(1, ProjectKind.PROJECT, budget(2566, "72240.00", false),
				budget(2567, "0.10", false), budget(2570, "999", false)));
		m.getProjects().add(project(2, ProjectKind.ACTIVITY, budget(2566, null, true)));
		d2.getProjects().add(project(3, ProjectKind.MEASURE, budget(2566, "0.20", false)));
		d1.getProjects().add(project(4, ProjectKind.MEASURE));

		assertEquals(List.of(2566, 2567, 2568), plan.getFiscalYears());
		assertEquals(4, plan.projectCount());
		// document order: a container's own projects before its children's
		assertEquals(List.of(4, 2, 1, 3), plan.getAllProjects().stream().map(Project::getSeq).toList());
		assertEquals(new BigDecimal("72240.20"), plan.totalBudget(2566));
		assertEquals(new BigDecimal("0.10"), plan.totalBudget(2567));
		assertEquals(0, BigDecimal.ZERO.compareTo(plan.totalBudget(2568)), "a year nobody budgets is zero");
		// 2570 lies outside the plan's years: not in the total over the plan
		assertEquals(new BigDecimal("72240.30"), plan.totalBudgetOverPlan());
		assertEquals(new BigDecimal("72240.00"), d1.totalBudget(2566));
		assertEquals(3, d1.projectCount());
		assertEquals(1, m.getSubMissions().get(0).projectCount());
		assertEquals(2, plan.countByKind(ProjectKind.MEASURE));
		assertSame(d2, plan.findDimension(2), "codes are trimmed");
		assertNull(plan.findDimension(5));
		Project p1 = s.getProjects().get(0);
		assertSame(d1, p1.getDimension());
		assertSame(m, p1.getMission());
		assertSame(s, p1.getSubMission());
		assertNull(d2.getProjects().get(0).getMission(), "a project directly under its dimension has no mission");
	}

	@Test
	void planWithoutYears() {
		Plan plan = F.createPlan();
		assertTrue(plan.getFiscalYears().isEmpty());
		assertEquals(0, BigDecimal.ZERO.compareTo(plan.totalBudgetOverPlan()));
		plan.setFirstYear(2570);
		plan.setLastYear(2566);
		assertTrue(plan.getFiscalYears().isEmpty(), "reversed years give no years");
		assertThrows(UnsupportedOperationException.class, () -> plan.getFiscalYears().add(2566));
	}

	@Test
	void nonNumericDimensionCode() {
		Dimension d = F.createDimension();
		d.setCode("ก");
		assertEquals(0, d.getNumber());
		d.setCode(null);
		assertEquals(0, d.getNumber());
	}

	@Test
	void quartersAndStatuses() {
		Plan plan = F.createPlan();
		Dimension d = F.createDimension();
		plan.getDimensions().add(d);
		Project a = project(1, ProjectKind.PROJECT);
		a.getQuarters().addAll(List.of(1, 2, 3, 4));
		Project b = project(2, ProjectKind.PROJECT);
		b.getQuarters().add(2);
		d.getProjects().addAll(List.of(a, b));
		assertEquals(1, plan.countInQuarter(1));
		assertEquals(2, plan.countInQuarter(2));
		assertEquals(0, plan.countInQuarter(5));
		assertTrue(b.runsInQuarter(2));

		ResultsRound round = F.createResultsRound();
		round.setFiscalYear(2565);
		round.setRound(RoundKind.TWELVE_MONTHS);
		ProjectResult ra = F.createProjectResult();
		ra.setProject(a);
		ra.setStatus(ResultStatus.DONE);
		ra.setDisbursed(new BigDecimal("17385.00"));
		ProjectResult rb = F.createProjectResult();
		rb.setProject(b);
		// status left at its default: awaiting report; disbursed unknown (null) adds nothing
		round.getResults().addAll(List.of(ra, rb));
		plan.getResultsRounds().add(round);
		assertEquals(1, round.countByStatus(ResultStatus.DONE));
		assertEquals(1, round.countByStatus(ResultStatus.AWAITING_REPORT));
		assertEquals(new BigDecimal("17385.00"), round.totalDisbursed());
		assertSame(rb, round.resultFor(b));
		assertSame(round, plan.findRound(2565, RoundKind.TWELVE_MONTHS));
		assertNull(plan.findRound(2565, RoundKind.SIX_MONTHS));
		assertNull(plan.findRound(2566, RoundKind.TWELVE_MONTHS));
	}

	@Test
	void indicatorsByKind() {
		Project p = project(1, ProjectKind.PROJECT);
		Indicator out = F.createIndicator();
		out.setKind(IndicatorKind.OUTPUT);
		Indicator outcome = F.createIndicator();
		outcome.setKind(IndicatorKind.OUTCOME);
		p.getIndicators().addAll(List.of(outcome, out));
		assertEquals(List.of(out), p.getOutputs());
		assertEquals(List.of(outcome), p.getOutcomes());
	}

	@Test
	void unitNames() {
		OrganizationUnit division = F.createOrganizationUnit();
		division.setName("สำนักปลัดองค์การบริหารส่วนจังหวัด");
		OrganizationUnit section = F.createOrganizationUnit();
		section.setName(" ฝ่ายนิติการ ");
		division.getSubUnits().add(section);
		assertEquals("ฝ่ายนิติการ สำนักปลัดองค์การบริหารส่วนจังหวัด", section.getFullName());
		assertSame(division, section.getTopUnit());
		assertSame(division, division.getTopUnit());
		assertEquals("สำนักปลัดองค์การบริหารส่วนจังหวัด", division.getFullName());
	}
}
