package org.sujarit.ui.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.YearBudget;
import org.sujarit.model.io.PlanResources;

/**
 * The plan a UI test works on: a copy of samples/phitsanulok-2566-2570.sujarit when the repository has it (it comes
 * with the foundation work), else a small plan built here. Tests always work on a copy in a temp folder.
 */
final class SamplePlans {

	static final String SAMPLE = "samples/phitsanulok-2566-2570.sujarit";

	private SamplePlans() {
	}

	static Path sample() {
		String root = System.getProperty("sujarit.root");
		return root == null ? null : Path.of(root, SAMPLE);
	}

	static boolean hasSample() {
		Path s = sample();
		return s != null && Files.isRegularFile(s);
	}

	/** A fresh copy of the plan to test with in {@code dir}. */
	static Path copy(Path dir) throws IOException {
		Path target = dir.resolve("plan-under-test.sujarit");
		if (hasSample()) {
			Files.copy(sample(), target, StandardCopyOption.REPLACE_EXISTING);
		} else {
			write(small(), target);
		}
		return target;
	}

	static void write(Plan plan, Path file) throws IOException {
		PlanResources.save(plan, file);
	}

	static Plan small() {
		PlanFactory f = PlanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setTitle("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 - 2570)");
		plan.setFirstYear(2566);
		plan.setLastYear(2570);
		var org = f.createOrganization();
		org.setName("องค์การบริหารส่วนจังหวัดทดสอบ");
		org.setKind(OrganizationKind.PAO);
		plan.setOrganization(org);
		OrganizationUnit unit = f.createOrganizationUnit();
		unit.setId("u1");
		unit.setName("สำนักปลัดองค์การบริหารส่วนจังหวัด");
		plan.getUnits().add(unit);
		String[][] dims = { { "1", "การสร้างวัฒนธรรมสุจริต" }, { "2", "การบริหารราชการเพื่อป้องกันการทุจริต" },
				{ "3", "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน" }, { "4", "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ" } };
		int seq = 1;
		for (String[] d : dims) {
			Dimension dim = f.createDimension();
			dim.setCode(d[0]);
			dim.setName(d[1]);
			plan.getDimensions().add(dim);
			Mission m = f.createMission();
			m.setCode(d[0] + ".1");
			m.setName("ภารกิจที่ " + d[0] + ".1");
			dim.getMissions().add(m);
			for (int i = 0; i < 2; i++) {
				Project p = f.createProject();
				p.setId("p" + seq);
				p.setSeq(seq);
				p.setKind(i == 0 ? ProjectKind.PROJECT : ProjectKind.MEASURE);
				p.setName((i == 0 ? "โครงการส่งเสริมคุณธรรมที่ " : "มาตรการป้องกันการทุจริตที่ ") + seq);
				p.setRationale("หลักการและเหตุผลของโครงการที่ " + seq);
				p.setResponsibleUnit(unit);
				p.getQuarters().add(1);
				p.getQuarters().add(3);
				YearBudget b = f.createYearBudget();
				b.setFiscalYear(2566);
				b.setAmount(new BigDecimal(10000 * seq));
				p.getBudgets().add(b);
				Indicator out = f.createIndicator();
				out.setKind(IndicatorKind.OUTPUT);
				out.setText("ผู้เข้าร่วมโครงการ");
				out.setTargetValue(new BigDecimal(80));
				out.setTargetUnit("คน");
				p.getIndicators().add(out);
				m.getProjects().add(p);
				seq++;
			}
		}
		return plan;
	}
}
