package org.sujarit.report.tests;

import java.math.BigDecimal;

import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Organization;
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
import org.sujarit.model.YearBudget;

/** A small hand-made plan whose figures are easy to check by hand. */
final class TestPlans {
	static final PlanFactory F = PlanFactory.eINSTANCE;

	private static int firstYear = 2566;
	private static int lastYear = 2570;

	private TestPlans() {
	}

	/**
	 * Two dimensions, three projects, 2566–2570: seq 1 has 72,240 a year and runs in Q4; seq 2 and 3 use no budget
	 * and run in Q1–4 and Q2,4. A 12-month round 2566: done (50,000.50 disbursed), in progress, awaiting.
	 */
	static Plan small() {
		return small(2566, 2570);
	}

	/** The same plan over the fiscal years {@code first}..{@code last} (72,240 a year for seq 1 in each). */
	static Plan small(int first, int last) {
		firstYear = first;
		lastYear = last;
		Plan plan = F.createPlan();
		plan.setTitle("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส");
		plan.setFirstYear(first);
		plan.setLastYear(last);
		plan.setStatus(PlanStatus.DRAFT);
		Organization org = F.createOrganization();
		org.setName("องค์การบริหารส่วนจังหวัดทดสอบ");
		plan.setOrganization(org);
		OrganizationUnit office = F.createOrganizationUnit();
		office.setName("สำนักปลัดองค์การบริหารส่วนจังหวัด");
		office.setShortName("สำนักปลัดฯ");
		OrganizationUnit legal = F.createOrganizationUnit();
		legal.setName("ฝ่ายนิติการ");
		office.getSubUnits().add(legal);
		plan.getUnits().add(office);

		Dimension d1 = F.createDimension();
		d1.setCode("1");
		d1.setName("การสร้างวัฒนธรรมสุจริต");
		Mission m11 = F.createMission();
		m11.setCode("1.1");
		m11.setName("การเสริมสร้างจิตสำนึกและความตระหนัก");
		SubMission s111 = F.createSubMission();
		s111.setCode("1.1.1");
		s111.setName("เสริมสร้างจิตสำนึกในการปฏิบัติราชการ");
		m11.getSubMissions().add(s111);
		d1.getMissions().add(m11);
		plan.getDimensions().add(d1);
		Project p1 = project(1, "โครงการป้องกันการทุจริตในหน่วยงาน", legal, new BigDecimal("72240"), 4);
		p1.getObjectives().add("เพื่อป้องกันการทุจริต");
		p1.getObjectives().add("เพื่อให้เจ้าหน้าที่ปฏิบัติงานอย่างโปร่งใส");
		p1.getMethods().add("จัดประชุมเจ้าหน้าที่");
		p1.setRationale("การทุจริตเป็นปัญหาสำคัญ\nจึงจัดทำโครงการนี้");
		s111.getProjects().add(p1);
		Project p2 = project(2, "มาตรการเจ้าหน้าที่โปร่งใส", legal, null, 1, 2, 3, 4);
		s111.getProjects().add(p2);

		Dimension d2 = F.createDimension();
		d2.setCode("2");
		d2.setName("การบริหารราชการเพื่อป้องกันการทุจริต");
		Mission m21 = F.createMission();
		m21.setCode("2.1");
		m21.setName("การแสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริต");
		d2.getMissions().add(m21);
		plan.getDimensions().add(d2);
		Project p3 = project(3, "กิจกรรมเผยแพร่ข้อมูลข่าวสาร", office, null, 2, 4);
		p3.setKind(ProjectKind.ACTIVITY);
		p3.setRemark("ชื่อโครงการตามข้อบัญญัติ");
		m21.getProjects().add(p3);

		ResultsRound round = F.createResultsRound();
		round.setFiscalYear(first);
		round.setRound(RoundKind.TWELVE_MONTHS);
		round.getResults().add(result(p1, ResultStatus.DONE, new BigDecimal("50000.50")));
		round.getResults().add(result(p2, ResultStatus.IN_PROGRESS, BigDecimal.ZERO));
		round.getResults().add(result(p3, ResultStatus.AWAITING_REPORT, null));
		plan.getResultsRounds().add(round);
		return plan;
	}

	static Project project(int seq, String name, OrganizationUnit unit, BigDecimal amount, Integer... quarters) {
		Project p = F.createProject();
		p.setSeq(seq);
		p.setName(name);
		p.setKind(ProjectKind.PROJECT);
		p.setResponsibleUnit(unit);
		for (int y = firstYear; y <= lastYear; y++) {
			YearBudget b = F.createYearBudget();
			b.setFiscalYear(y);
			b.setNoBudget(amount == null);
			b.setAmount(amount == null ? BigDecimal.ZERO : amount);
			p.getBudgets().add(b);
		}
		for (Integer q : quarters) {
			p.getQuarters().add(q);
		}
		return p;
	}

	static ProjectResult result(Project p, ResultStatus s, BigDecimal disbursed) {
		ProjectResult r = F.createProjectResult();
		r.setProject(p);
		r.setStatus(s);
		r.setDisbursed(disbursed);
		return r;
	}
}
