package org.sujarit.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.validation.Finding;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Dimension;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.YearBudget;

/** The generic rules of the installed registry on a plan whose framework is not installed. */
class GenericRulesTest {

	private static Plan plan() {
		PlanFactory f = PlanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setTitle("แผนทดสอบ");
		plan.setFirstYear(2566);
		plan.setLastYear(2570);
		plan.setFrameworkId("no.such.framework");
		plan.setFrameworkVersion("9");
		Dimension d = f.createDimension();
		d.setCode("1");
		d.setName("มิติ");
		plan.getDimensions().add(d);
		Project p = f.createProject();
		p.setSeq(7);
		p.setName("โครงการทดสอบ");
		p.setNameEn("Test project");
		d.getProjects().add(p);
		for (int year = 2566; year <= 2570; year++) {
			YearBudget b = f.createYearBudget();
			b.setFiscalYear(year);
			b.setAmount(BigDecimal.valueOf(1000));
			p.getBudgets().add(b);
		}
		return plan;
	}

	private static List<Finding> findings(Diagnostic d) {
		return d.getChildren().stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
	}

	@Test
	void missingFrameworkIsOneWarningAndBudgetsAreStillChecked() {
		Plan plan = plan();
		Project p = plan.getAllProjects().get(0);
		YearBudget negative = p.getBudgets().get(1);
		negative.setAmount(BigDecimal.valueOf(-5));
		YearBudget outside = p.getBudgets().get(4);
		outside.setFiscalYear(2571);

		Diagnostic d = PlanValidator.validate(plan, FrameworkRegistry.getDefault(), Locale.ENGLISH,
				new NullProgressMonitor());
		List<Finding> f = findings(d);
		assertEquals(List.of("framework.missing", "budget.negative", "budget.outsideYears"),
				f.stream().map(Finding::getKey).toList(), f.toString());
		assertEquals(Diagnostic.WARNING, f.get(0).getSeverity());
		assertSame(plan, f.get(0).getData().get(0));
		assertEquals("The plan's framework no.such.framework 9 is not installed (no plug-in contributes it): its "
				+ "dimensions and the framework's rules cannot be checked.", f.get(0).getMessage());
		assertEquals(Diagnostic.ERROR, f.get(1).getSeverity());
		assertSame(p, f.get(1).getData().get(0));
		assertSame(negative, f.get(1).getData().get(1));
		assertEquals("Project 7 ‘Test project’ has a negative budget in FY 2567: -5 baht.", f.get(1).getMessage());
		assertSame(outside, f.get(2).getData().get(1));
		assertEquals("Project 7 ‘Test project’ has a budget for FY 2571, outside the plan's years 2566–2570.",
				f.get(2).getMessage());
		assertEquals(Diagnostic.ERROR, d.getSeverity());

		Diagnostic th = PlanValidator.validate(plan, FrameworkRegistry.getDefault(), Locale.of("th"),
				new NullProgressMonitor());
		assertEquals("โครงการที่ 7 ‘โครงการทดสอบ’ มีงบประมาณติดลบในปีงบประมาณ 2567: -5 บาท",
				findings(th).get(1).getMessage());
	}

	@Test
	void cleanPlanHasOnlyTheFrameworkWarning() {
		Diagnostic d = PlanValidator.validate(plan(), FrameworkRegistry.getDefault(), Locale.ENGLISH, null);
		assertEquals(Diagnostic.WARNING, d.getSeverity(), d.getChildren().toString());
		assertEquals(1, d.getChildren().size());
	}
}
