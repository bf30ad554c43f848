package org.sujarit.ui.grid.tests;

import java.math.BigDecimal;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.YearBudget;

/**
 * A small plan shaped like the Phitsanulok 2566-2570 draft (its dimension 1 budgets: 72,240 + 10,400 + 50,000 =
 * 132,640 a year; the other dimensions use no budget), built in code so the expected figures are written here, not
 * computed by the code under test.
 */
final class TestPlans {

	static final PlanFactory F = PlanFactory.eINSTANCE;

	private TestPlans() {
	}

	static Plan phitsanulokLike() {
		Plan plan = F.createPlan();
		plan.setTitle("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. 2566 - 2570)");
		plan.setFirstYear(2566);
		plan.setLastYear(2570);

		org.sujarit.model.OrganizationUnit office = unit(plan, "สำนักปลัดองค์การบริหารส่วนจังหวัด", "สำนักปลัดฯ");
		org.sujarit.model.OrganizationUnit personnel = unit(plan, "กองการเจ้าหน้าที่", "กองการเจ้าหน้าที่");
		org.sujarit.model.OrganizationUnit section = F.createOrganizationUnit();
		section.setName("ฝ่ายนิติการ");
		office.getSubUnits().add(section);

		Dimension d1 = dimension(plan, "1", "การสร้างวัฒนธรรมสุจริต");
		Mission m11 = mission(d1, "1.1", "การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น");
		SubMission s111 = F.createSubMission();
		s111.setCode("1.1.1");
		s111.setName("สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชน");
		m11.getSubMissions().add(s111);
		project(s111, 1, ProjectKind.MEASURE, "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนจังหวัดพิษณุโลก", null);
		project(s111, 2, ProjectKind.MEASURE, "มาตรการเสริมสร้างองค์ความรู้ด้านการต่อต้านการทุจริต", null);
		project(s111, 3, ProjectKind.PROJECT, "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และบุคลากร", new BigDecimal("72240"));
		project(s111, 4, ProjectKind.ACTIVITY, "กิจกรรมการป้องกันผลประโยชน์ทับซ้อน", null);
		project(s111, 5, ProjectKind.PROJECT, "โครงการเสริมสร้างความซื่อสัตย์สุจริต", new BigDecimal("10400"));
		Mission m12 = mission(d1, "1.2", "การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น");
		project(m12, 6, ProjectKind.MEASURE, "มาตรการรณรงค์ลดการใช้พลังงาน", null);
		project(m12, 7, ProjectKind.PROJECT, "ปลูกต้นไม้เพื่อเพิ่มพื้นที่สีเขียว", new BigDecimal("50000"));
		Mission m13 = mission(d1, "1.3", "การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน");
		project(m13, 8, ProjectKind.PROJECT, "โครงการโรงเรียนสุจริต", null);
		project(m13, 9, ProjectKind.ACTIVITY, "กิจกรรมส่งเสริมการเรียนรู้หลักปรัชญาของเศรษฐกิจพอเพียง", null);

		Dimension d2 = dimension(plan, "2", "การบริหารราชการเพื่อป้องกันการทุจริต");
		Mission m21 = mission(d2, "2.1", "แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร");
		project(m21, 10, ProjectKind.ACTIVITY, "กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหาร", null);
		Mission m22 = mission(d2, "2.2", "มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ");
		project(m22, 11, ProjectKind.MEASURE, "มาตรการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง", null);

		Dimension d3 = dimension(plan, "3", "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน");
		Mission m31 = mission(d3, "3.1", "จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชน");
		Project p12 = project(m31, 12, ProjectKind.PROJECT, "โครงการเพิ่มประสิทธิภาพการให้บริการข้อมูลข่าวสาร", null);
		Indicator out = F.createIndicator();
		out.setKind(IndicatorKind.OUTPUT);
		out.setText("ช่องทางเผยแพร่ข้อมูลข่าวสาร อย่างน้อย 3 ช่องทาง");
		out.setTargetValue(new BigDecimal("3"));
		out.setTargetUnit("ช่องทาง");
		p12.getIndicators().add(out);
		Indicator outcome = F.createIndicator();
		outcome.setKind(IndicatorKind.OUTCOME);
		outcome.setText("ประชาชนพึงพอใจ ไม่น้อยกว่าร้อยละ 80");
		outcome.setTargetValue(new BigDecimal("80"));
		outcome.setTargetUnit("ร้อยละ");
		p12.getIndicators().add(outcome);
		int i = 0;
		for (Project p : plan.getAllProjects()) {
			p.setResponsibleUnit(i++ % 3 == 0 ? personnel : section);
		}
		return plan;
	}

	static org.sujarit.model.OrganizationUnit unit(Plan plan, String name, String shortName) {
		org.sujarit.model.OrganizationUnit u = F.createOrganizationUnit();
		u.setName(name);
		u.setShortName(shortName);
		plan.getUnits().add(u);
		return u;
	}

	static Dimension dimension(Plan plan, String code, String name) {
		Dimension d = F.createDimension();
		d.setCode(code);
		d.setName(name);
		plan.getDimensions().add(d);
		return d;
	}

	static Mission mission(Dimension d, String code, String name) {
		Mission m = F.createMission();
		m.setCode(code);
		m.setName(name);
		d.getMissions().add(m);
		return m;
	}

	/** A project with the same budget (or no budget) in every year 2566-2570; quarter 4, plus 1-3 for even seq. */
	static Project project(org.sujarit.model.ProjectContainer c, int seq, ProjectKind kind, String name,
			BigDecimal amount) {
		Project p = F.createProject();
		p.setSeq(seq);
		p.setKind(kind);
		p.setName(name);
		for (int y = 2566; y <= 2570; y++) {
			YearBudget b = F.createYearBudget();
			b.setFiscalYear(y);
			b.setNoBudget(amount == null);
			b.setAmount(amount);
			p.getBudgets().add(b);
		}
		if (seq % 2 == 0) {
			p.getQuarters().add(1);
			p.getQuarters().add(2);
			p.getQuarters().add(3);
		}
		p.getQuarters().add(4);
		c.getProjects().add(p);
		return p;
	}
}
