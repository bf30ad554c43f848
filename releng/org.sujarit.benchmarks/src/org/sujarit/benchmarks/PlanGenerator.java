package org.sujarit.benchmarks;

import java.math.BigDecimal;
import java.util.Random;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
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
import org.sujarit.model.TargetGroup;
import org.sujarit.model.YearBudget;

/** A large plan of the samples' shape (4 dimensions, 3 missions each, 5 years, a 12-month round), deterministic. */
public final class PlanGenerator {
	private static final PlanFactory F = PlanFactory.eINSTANCE;
	private static final ResultStatus[] STATUS = ResultStatus.values();

	private PlanGenerator() {
	}

	public static Plan generate(int projects, long seed) {
		Random rnd = new Random(seed);
		Plan plan = F.createPlan();
		plan.setTitle("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส");
		plan.setFirstYear(2566);
		plan.setLastYear(2570);
		plan.setStatus(PlanStatus.DRAFT);
		Organization org = F.createOrganization();
		org.setName("องค์การบริหารส่วนจังหวัดทดสอบสมรรถนะ");
		plan.setOrganization(org);
		OrganizationUnit[] units = new OrganizationUnit[6];
		for (int i = 0; i < units.length; i++) {
			OrganizationUnit u = F.createOrganizationUnit();
			u.setName("กองทดสอบที่ " + (i + 1));
			u.setShortName("กองทดสอบ" + (i + 1));
			OrganizationUnit s = F.createOrganizationUnit();
			s.setName("ฝ่ายเจ้าหน้าที่ " + (i + 1));
			u.getSubUnits().add(s);
			plan.getUnits().add(u);
			units[i] = s;
		}
		SubMission[] subs = new SubMission[12];
		for (int d = 1; d <= 4; d++) {
			Dimension dim = F.createDimension();
			dim.setCode(String.valueOf(d));
			dim.setName("มิติทดสอบที่ " + d + " การป้องกันการทุจริต");
			plan.getDimensions().add(dim);
			for (int m = 1; m <= 3; m++) {
				Mission mission = F.createMission();
				mission.setCode(d + "." + m);
				mission.setName("ภารกิจทดสอบ " + d + "." + m + " เสริมสร้างความโปร่งใสของเจ้าหน้าที่");
				dim.getMissions().add(mission);
				SubMission sub = F.createSubMission();
				sub.setCode(d + "." + m + ".1");
				sub.setName("ภารกิจย่อย " + d + "." + m + ".1");
				mission.getSubMissions().add(sub);
				subs[(d - 1) * 3 + m - 1] = sub;
			}
		}
		ResultsRound round = F.createResultsRound();
		round.setFiscalYear(2566);
		round.setRound(RoundKind.TWELVE_MONTHS);
		plan.getResultsRounds().add(round);
		for (int i = 1; i <= projects; i++) {
			Project p = F.createProject();
			p.setSeq(i);
			p.setKind(ProjectKind.get(i % 3));
			p.setName("โครงการทดสอบที่ " + i + " ป้องกันการทุจริตและส่งเสริมคุณธรรมของเจ้าหน้าที่");
			p.setRationale("หลักการและเหตุผลของโครงการทดสอบที่ " + i + " เพื่อป้องกันการทุจริต".repeat(3));
			p.getObjectives().add("เพื่อป้องกันการทุจริต");
			p.getObjectives().add("เพื่อส่งเสริมคุณธรรมและความโปร่งใส");
			p.getMethods().add("จัดประชุมชี้แจง");
			p.getMethods().add("ติดตามและรายงานผล");
			TargetGroup tg = F.createTargetGroup();
			tg.setText("เจ้าหน้าที่");
			tg.setCount(10 + rnd.nextInt(800));
			tg.setUnit("คน");
			p.setTargetGroup(tg);
			boolean noBudget = rnd.nextInt(3) > 0;
			BigDecimal amount = BigDecimal.valueOf(1000L * (1 + rnd.nextInt(200)));
			for (int y = 2566; y <= 2570; y++) {
				YearBudget b = F.createYearBudget();
				b.setFiscalYear(y);
				b.setNoBudget(noBudget);
				b.setAmount(noBudget ? BigDecimal.ZERO : amount);
				p.getBudgets().add(b);
			}
			for (int q = 1; q <= 4; q++) {
				if (rnd.nextBoolean()) {
					p.getQuarters().add(q);
				}
			}
			p.setResponsibleUnit(units[rnd.nextInt(units.length)]);
			Indicator out = F.createIndicator();
			out.setKind(IndicatorKind.OUTPUT);
			out.setText("จัดกิจกรรมอย่างน้อย 1 ครั้ง");
			p.getIndicators().add(out);
			Indicator outcome = F.createIndicator();
			outcome.setKind(IndicatorKind.OUTCOME);
			outcome.setText("ผู้เข้าร่วมมีความรู้เพิ่มขึ้นไม่น้อยกว่าร้อยละ 80");
			p.getIndicators().add(outcome);
			subs[rnd.nextInt(subs.length)].getProjects().add(p);
			ProjectResult r = F.createProjectResult();
			r.setProject(p);
			r.setStatus(STATUS[rnd.nextInt(STATUS.length)]);
			r.setDisbursed(noBudget ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(rnd.nextInt(100), 2)));
			round.getResults().add(r);
		}
		// document order = sequence order, as in a real plan
		int seq = 1;
		for (Project p : plan.getAllProjects()) {
			p.setSeq(seq++);
		}
		return plan;
	}
}
