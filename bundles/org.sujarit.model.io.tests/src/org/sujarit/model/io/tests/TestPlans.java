package org.sujarit.model.io.tests;

import java.math.BigDecimal;

import org.sujarit.model.Comparator;
import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.IndicatorResult;
import org.sujarit.model.Mission;
import org.sujarit.model.Organization;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.TargetGroup;
import org.sujarit.model.TargetPeriod;
import org.sujarit.model.YearBudget;

/** A small plan that sets every feature of the metamodel (RoundTripTest checks that it really does). */
final class TestPlans {

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	private TestPlans() {
	}

	static Plan full() {
		Plan plan = F.createPlan();
		plan.setTitle("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 - 2570)");
		plan.setTitleEn("Test plan with \"quotes\" & <brackets>");
		plan.setFirstYear(2566);
		plan.setLastYear(2567);
		plan.setAnnualBudgetExclSubsidies(new BigDecimal("123456789.50"));
		plan.setStatus(PlanStatus.APPROVED);
		plan.setApprovalReference("คำสั่ง ที่ ๑/๒๕๖๕");
		plan.setFrameworkId("nacc.lao.2566");
		plan.setFrameworkVersion("2566-2570");
		plan.setRemark("line one\nline two\ttabbed");

		Organization org = F.createOrganization();
		org.setName("องค์การบริหารส่วนตำบลทดสอบ");
		org.setShortName("อบต.ทดสอบ");
		org.setNameEn("Test SAO");
		org.setKind(OrganizationKind.SAO);
		org.setProvince("ทดสอบ");
		plan.setOrganization(org);

		OrganizationUnit division = F.createOrganizationUnit();
		division.setName("กองทดสอบ");
		division.setShortName("กองทดสอบฯ");
		division.setNameEn("Test Division");
		OrganizationUnit section = F.createOrganizationUnit();
		section.setName("ฝ่ายหนึ่ง");
		OrganizationUnit section2 = F.createOrganizationUnit();
		section2.setId("u-fixed");
		section2.setName("ฝ่ายสอง");
		division.getSubUnits().add(section);
		division.getSubUnits().add(section2);
		plan.getUnits().add(division);

		Dimension dim = F.createDimension();
		dim.setCode("1");
		dim.setName("มิติหนึ่ง");
		dim.setNameEn("Dimension one");
		Mission mission = F.createMission();
		mission.setCode("1.1");
		mission.setName("ภารกิจ");
		SubMission sub1 = F.createSubMission();
		sub1.setCode("1.1.1");
		SubMission sub2 = F.createSubMission();
		sub2.setCode("1.1.2");
		mission.getSubMissions().add(sub1);
		mission.getSubMissions().add(sub2);
		dim.getMissions().add(mission);
		plan.getDimensions().add(dim);

		Project p1 = F.createProject();
		p1.setSeq(1);
		p1.setKind(ProjectKind.MEASURE);
		p1.setName("มาตรการ “หนึ่ง”");
		p1.setNameEn("Measure one");
		p1.setOrdinanceName("ชื่อตามข้อบัญญัติ");
		p1.setRationale("เหตุผล\nย่อหน้าที่สอง");
		p1.getObjectives().add("วัตถุประสงค์ 1");
		p1.getObjectives().add("วัตถุประสงค์ 1"); // not unique: duplicates are kept
		TargetGroup tg = F.createTargetGroup();
		tg.setText("บุคลากร จำนวน 849 คน");
		tg.setCount(849);
		tg.setUnit("คน");
		p1.setTargetGroup(tg);
		p1.getMethods().add("ขั้นที่ 1");
		p1.setPeriod("ปีงบประมาณ พ.ศ. 2566 - 2570");
		p1.getBudgets().add(budget(2566, null, true));
		p1.getBudgets().add(budget(2567, new BigDecimal("0"), false));
		p1.setResponsibleUnit(section);
		p1.getSupportingUnits().add(section2);
		p1.getQuarters().add(2);
		p1.getQuarters().add(4);
		p1.setRemark("หมายเหตุ");
		p1.setRemarkDetail("ชื่อโครงการตามข้อบัญญัติ “x”");
		p1.getAlsoCovers().add(sub2);
		Indicator out = F.createIndicator();
		out.setKind(IndicatorKind.OUTPUT);
		out.setText("อย่างน้อย ไตรมาสละ 1 ครั้ง");
		out.setComparator(Comparator.AT_LEAST);
		out.setTargetValue(new BigDecimal("1"));
		out.setTargetUnit("ครั้ง");
		out.setPer(TargetPeriod.QUARTER);
		out.setMeasuredBy("แบบประเมิน");
		Indicator outcome = F.createIndicator();
		outcome.setKind(IndicatorKind.OUTCOME);
		outcome.setComparator(Comparator.DECREASE_BY);
		outcome.setTargetValue(new BigDecimal("80.5"));
		p1.getIndicators().add(out);
		p1.getIndicators().add(outcome);
		sub1.getProjects().add(p1);

		Project p2 = F.createProject();
		p2.setId("custom-id");
		p2.setSeq(2);
		p2.setKind(ProjectKind.ACTIVITY);
		p2.setName("กิจกรรมสอง");
		p2.getBudgets().add(budget(2566, new BigDecimal("72240.00"), false));
		p2.setResponsibleUnit(division);
		dim.getProjects().add(p2); // directly under the dimension, as in the 2565 plan

		ResultsRound round = F.createResultsRound();
		round.setFiscalYear(2566);
		round.setRound(RoundKind.SIX_MONTHS);
		round.setReportDate("2023-04-05");
		ProjectResult r1 = F.createProjectResult();
		r1.setProject(p1);
		r1.setStatus(ResultStatus.CANNOT_DO);
		r1.setDisbursed(new BigDecimal("17385.40"));
		r1.setRemark("เหตุผล");
		IndicatorResult ir = F.createIndicatorResult();
		ir.setIndicator(out);
		ir.setActualValue(new BigDecimal("2"));
		ir.setNote("หมายเหตุ");
		r1.getIndicatorResults().add(ir);
		round.getResults().add(r1);
		ProjectResult r2 = F.createProjectResult();
		r2.setProject(p2);
		r2.setStatus(ResultStatus.IN_PROGRESS);
		round.getResults().add(r2);
		plan.getResultsRounds().add(round);
		ResultsRound twelve = F.createResultsRound();
		twelve.setFiscalYear(2566);
		twelve.setRound(RoundKind.TWELVE_MONTHS);
		plan.getResultsRounds().add(twelve);
		return plan;
	}

	static YearBudget budget(int year, BigDecimal amount, boolean noBudget) {
		YearBudget b = F.createYearBudget();
		b.setFiscalYear(year);
		b.setAmount(amount);
		b.setNoBudget(noBudget);
		return b;
	}
}
