package org.sujarit.document.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.YearBudget;
import org.sujarit.model.io.PlanResources;

/**
 * A two-project plan for 2566–2570 (one dimension, one mission). Local until the shared fixture
 * (org.sujarit.model.testing) lands; then replace with its builder.
 */
final class TestPlan {

	private TestPlan() {
	}

	static Plan build() {
		PlanFactory f = PlanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setTitle("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 - 2570)");
		plan.setFirstYear(2566);
		plan.setLastYear(2570);
		var org = f.createOrganization();
		org.setName("องค์การบริหารส่วนตำบลทดสอบ");
		org.setKind(OrganizationKind.SAO);
		plan.setOrganization(org);
		Dimension d = f.createDimension();
		d.setCode("1");
		d.setName("การสร้างวัฒนธรรมสุจริต");
		plan.getDimensions().add(d);
		Mission m = f.createMission();
		m.setCode("1.1");
		m.setName("ภารกิจที่ 1.1");
		d.getMissions().add(m);
		for (int seq = 1; seq <= 2; seq++) {
			Project p = f.createProject();
			p.setId("p" + seq);
			p.setSeq(seq);
			p.setKind(ProjectKind.PROJECT);
			p.setName("โครงการที่ " + seq);
			YearBudget b = f.createYearBudget();
			b.setFiscalYear(2566);
			b.setAmount(new BigDecimal(10000 * seq));
			p.getBudgets().add(b);
			m.getProjects().add(p);
		}
		return plan;
	}

	static Path write(Path dir) throws IOException {
		Path file = dir.resolve("test-plan.sujarit");
		PlanResources.save(build(), file);
		return file;
	}
}
