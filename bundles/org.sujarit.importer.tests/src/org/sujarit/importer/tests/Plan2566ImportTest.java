package org.sujarit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Comparator;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanStatus;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.TargetPeriod;
import org.sujarit.model.YearBudget;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The 2566-2570 draft plan imported from plan-2566-2570.json, checked against the figures the seed prints
 * (seeds/000_28d81f1cd2691a1e.txt, summary table lines 545-592 and rules.md), all computed through the model's derived
 * operations (PlanFigures).
 */
class Plan2566ImportTest {

	private static Plan plan;
	private static JsonObject json;

	@BeforeAll
	static void importPlan() throws Exception {
		plan = SeedImporter.importFile(Seed.file("plan-2566-2570.json"));
		json = Seed.planJson();
	}

	@Test
	void projectCountAsPrinted() {
		// "ประกอบด้วย โครงการ/กิจกรรม/มาตรการ รวมจำนวน 37 โครงการ"
		assertEquals(37, plan.projectCount());
		assertEquals(37, plan.getAllProjects().size());
	}

	@Test
	void projectsPerDimensionAsPrinted() {
		// subtotal rows "รวม | จำนวน 9 โครงการ" etc.; rules.md: "9 / 19 / 2 / 7 projects"
		assertEquals(4, plan.getDimensions().size());
		assertEquals(9, plan.findDimension(1).projectCount());
		assertEquals(19, plan.findDimension(2).projectCount());
		assertEquals(2, plan.findDimension(3).projectCount());
		assertEquals(7, plan.findDimension(4).projectCount());
	}

	@Test
	void projectsPerKindAsInGlossary() {
		// glossary.md: มาตรการ 15, โครงการ 17 (incl. seq 29), กิจกรรม 5
		assertEquals(15, plan.countByKind(ProjectKind.MEASURE));
		assertEquals(17, plan.countByKind(ProjectKind.PROJECT));
		assertEquals(5, plan.countByKind(ProjectKind.ACTIVITY));
	}

	@Test
	void budgetPerYearAsPrinted() {
		// grand total row "รวมทั้งสิ้น | … | จำนวน 132,640 บาท" in each year 2566-2570
		assertEquals(List.of(2566, 2567, 2568, 2569, 2570), plan.getFiscalYears());
		for (int year = 2566; year <= 2570; year++) {
			assertEquals(0, new BigDecimal("132640").compareTo(plan.totalBudget(year)), "year " + year);
		}
		assertEquals(0, new BigDecimal("663200").compareTo(plan.totalBudgetOverPlan()));
		assertEquals(0, BigDecimal.ZERO.compareTo(plan.totalBudget(2565)), "no budget outside the plan's years");
	}

	@Test
	void dimensionSubtotalsMatchThePrintedSubtotals() {
		// dimension 1 prints "จำนวน 132,640 บาท"; the JSON records each printed subtotal
		assertEquals(0, new BigDecimal("132640").compareTo(plan.findDimension(1).totalBudget(2566)));
		for (JsonElement d : json.getAsJsonArray("dimensions")) {
			JsonObject dj = d.getAsJsonObject();
			int number = dj.get("number").getAsInt();
			JsonObject printed = dj.getAsJsonObject("totals").getAsJsonObject("printed");
			if (!printed.get("projectCount").isJsonNull()) { // only dimension 1's count is legible in the seed
				assertEquals(printed.get("projectCount").getAsInt(), plan.findDimension(number).projectCount());
			}
			BigDecimal perYear = printed.get("budgetPerYear").getAsBigDecimal();
			for (int year : plan.getFiscalYears()) {
				assertEquals(0, perYear.compareTo(plan.findDimension(number).totalBudget(year)),
						"dimension " + number + " year " + year);
			}
		}
	}

	@Test
	void budgetsKeepNoBudgetApartFromAmounts() {
		Project p1 = bySeq(1); // "ไม่ใช้งบประมาณ"
		for (int year : plan.getFiscalYears()) {
			YearBudget b = p1.findBudget(year);
			assertNotNull(b);
			assertTrue(b.isNoBudget());
			assertNull(b.getAmount());
		}
		Project p3 = bySeq(3); // "จำนวน 72,240 บาท" per year
		YearBudget b = p3.findBudget(2568);
		assertFalse(b.isNoBudget());
		assertEquals(new BigDecimal("72240"), b.getAmount());
	}

	@Test
	void unitsAndQuartersAsInTheSeedData() {
		Map<Integer, JsonObject> seed = seedProjects();
		assertEquals(37, seed.size());
		for (Project p : plan.getAllProjects()) {
			JsonObject j = seed.get(p.getSeq());
			assertNotNull(j, "seq " + p.getSeq());
			// quarters: as printed, and none where the summary table has no cell ("missing")
			List<Integer> expectedQuarters = new ArrayList<>();
			if (!"missing".equals(j.get("quartersSource").getAsString())) {
				j.getAsJsonArray("quarters").forEach(q -> expectedQuarters.add(q.getAsInt()));
			}
			assertEquals(expectedQuarters, p.getQuarters(), "quarters of seq " + p.getSeq());

			// unit: the division (full and printed short name) and the sheet's full responsible text
			OrganizationUnit unit = p.getResponsibleUnit();
			assertNotNull(unit, "unit of seq " + p.getSeq());
			assertEquals(j.get("department").getAsString(), unit.getTopUnit().getName(), "division of " + p.getSeq());
			assertEquals(j.get("departmentAbbrev").getAsString(), unit.getTopUnit().getShortName());
			String printed = j.get("responsibleUnit").getAsString().replaceAll("\\s+", " ").strip();
			if (p.getSupportingUnits().isEmpty()) {
				assertEquals(printed, unit.getFullName(), "responsible unit of seq " + p.getSeq());
			} else {
				String joined = unit.getName() + " และ" + p.getSupportingUnits().get(0).getFullName();
				assertEquals(printed, joined, "responsible + supporting units of seq " + p.getSeq());
			}
		}
	}

	@Test
	void twoSectionsGiveResponsibleAndSupportingUnits() {
		// seq 21: "ฝ่ายส่งเสริมกีฬาและนันทนาการ และฝ่ายส่งเสริมการศึกษา ศาสนา และวัฒนธรรม กองการศึกษา ศาสนา และวัฒนธรรม"
		Project p = bySeq(21);
		assertEquals("ฝ่ายส่งเสริมกีฬาและนันทนาการ", p.getResponsibleUnit().getName());
		assertEquals(1, p.getSupportingUnits().size());
		assertEquals("ฝ่ายส่งเสริมการศึกษา ศาสนา และวัฒนธรรม", p.getSupportingUnits().get(0).getName());
		assertEquals(p.getResponsibleUnit().eContainer(), p.getSupportingUnits().get(0).eContainer());
	}

	@Test
	void unitTreeAsInTheGlossary() {
		// glossary.md "Responsible units appearing in the seed": ten units; sections under their division
		assertEquals(10, plan.getUnits().size());
		Map<String, OrganizationUnit> byShortName = plan.getUnits().stream()
				.collect(Collectors.toMap(OrganizationUnit::getShortName, u -> u));
		assertEquals(Set.of("ฝ่ายนิติการ", "ฝ่ายบริหารงานทั่วไป"), names(byShortName.get("สำนักปลัดฯ")));
		assertEquals(Set.of("ฝ่ายวินัยและส่งเสริมคุณธรรม", "ฝ่ายส่งเสริมและพัฒนาบุคลากร", "ฝ่ายสรรหาและบรรจุแต่งตั้ง"),
				names(byShortName.get("กองการเจ้าหน้าที่")));
		assertEquals(Set.of("ฝ่ายจัดหาพัสดุ", "ฝ่ายทะเบียนพัสดุและทรัพย์สิน"), names(byShortName.get("กองพัสดุฯ")));
		assertEquals("กองพัสดุและทรัพย์สิน", byShortName.get("กองพัสดุฯ").getName());
		assertTrue(byShortName.get("หน่วยตรวจสอบฯ").getSubUnits().isEmpty());
		assertEquals("โรงเรียนศรีอินทราทิตย์พิทยาคม", byShortName.get("รร.ศรีอินฯ").getName());
	}

	@Test
	void indicatorsAsInRules() {
		// rules.md: "35 of 64 outputs and 21 of 52 outcomes contain a number"
		List<Indicator> outputs = new ArrayList<>();
		List<Indicator> outcomes = new ArrayList<>();
		for (Project p : plan.getAllProjects()) {
			outputs.addAll(p.getOutputs());
			outcomes.addAll(p.getOutcomes());
		}
		assertEquals(64, outputs.size());
		assertEquals(52, outcomes.size());
		assertEquals(35, outputs.stream().filter(i -> i.getTargetValue() != null).count());
		assertEquals(21, outcomes.stream().filter(i -> i.getTargetValue() != null).count());

		// seq 1: "มีการเผยแพร่ประมวลจริยธรรม อย่างน้อย 3 ช่องทาง"; outcome measured "สำรวจโดยใช้แบบประเมินติดตามผล"
		Indicator first = bySeq(1).getOutputs().get(0);
		assertEquals(IndicatorKind.OUTPUT, first.getKind());
		assertEquals(Comparator.AT_LEAST, first.getComparator());
		assertEquals(0, new BigDecimal(3).compareTo(first.getTargetValue()));
		assertEquals("ช่องทาง", first.getTargetUnit());
		assertEquals("สำรวจโดยใช้แบบประเมินติดตามผล", bySeq(1).getOutcomes().get(0).getMeasuredBy());
		// seq 17: "อย่างน้อย ไตรมาสละ 1 ครั้ง" and "ลดลงร้อยละ 80"
		assertEquals(TargetPeriod.QUARTER, bySeq(17).getOutputs().get(0).getPer());
		Indicator decrease = bySeq(17).getOutcomes().stream().filter(i -> i.getTargetValue() != null).findFirst()
				.orElseThrow();
		assertEquals(Comparator.DECREASE_BY, decrease.getComparator());
		assertEquals("ร้อยละ", decrease.getTargetUnit());
		// seq 35: "อย่างน้อยปีละ 1 ครั้ง"
		assertEquals(TargetPeriod.YEAR, bySeq(35).getOutputs().get(0).getPer());
	}

	@Test
	void ordinanceNamesRemarksAndCoverage() {
		// seq 5 sheet note: ชื่อโครงการตามข้อบัญญัติ “โครงการเชิดชูเกียรติบุคลากรองค์การบริหารส่วนจังหวัดพิษณุโลก ประจำปี 2566”
		assertEquals("โครงการเชิดชูเกียรติบุคลากรองค์การบริหารส่วนจังหวัดพิษณุโลก ประจำปี 2566", bySeq(5).getOrdinanceName());
		assertEquals("ชื่อโครงการตามข้อบัญญัติ", bySeq(5).getRemark());
		assertNull(bySeq(29).getOrdinanceName(), "seq 29's note is not an ordinance name");
		assertTrue(bySeq(29).getRemarkDetail().startsWith("เพิ่มเติมวิธีดำเนินการ"));
		assertEquals(2, plan.getAllProjects().stream().filter(p -> p.getOrdinanceName() != null).count());
		// seq 30 serves 3.2.1-3.2.3 and sits in 3.2.3
		Project p30 = bySeq(30);
		assertEquals("3.2.3", p30.getSubMission().getCode());
		assertEquals(List.of("3.2.1", "3.2.2"), p30.getAlsoCovers().stream().map(SubMission::getCode).toList());
	}

	@Test
	void planHeaderAndProjectSheet() {
		assertEquals(PlanStatus.DRAFT, plan.getStatus());
		assertEquals("nacc.lao.2566", plan.getFrameworkId());
		assertEquals("2566-2570", plan.getFrameworkVersion());
		assertEquals(2566, plan.getFirstYear());
		assertEquals(2570, plan.getLastYear());
		assertEquals("องค์การบริหารส่วนจังหวัดพิษณุโลก", plan.getOrganization().getName());
		assertEquals(OrganizationKind.PAO, plan.getOrganization().getKind());
		assertEquals("พิษณุโลก", plan.getOrganization().getProvince());
		Project p1 = bySeq(1);
		assertEquals(ProjectKind.MEASURE, p1.getKind());
		assertEquals(5, p1.getObjectives().size());
		assertEquals(7, p1.getMethods().size());
		assertEquals(Integer.valueOf(849), p1.getTargetGroup().getCount());
		assertEquals("คน", p1.getTargetGroup().getUnit());
		assertEquals("ปีงบประมาณ พ.ศ. 2566 - 2570", p1.getPeriod());
		assertEquals("1.1.1", p1.getSubMission().getCode());
		assertEquals("1.1", p1.getMission().getCode());
		assertEquals(1, p1.getDimension().getNumber());
		// seq runs 1..37 across the plan in document order
		List<Integer> seqs = plan.getAllProjects().stream().map(Project::getSeq).toList();
		for (int i = 0; i < seqs.size(); i++) {
			assertEquals(i + 1, seqs.get(i));
		}
	}

	private static Set<String> names(OrganizationUnit unit) {
		return unit.getSubUnits().stream().map(OrganizationUnit::getName).collect(Collectors.toSet());
	}

	private static Project bySeq(int seq) {
		return plan.getAllProjects().stream().filter(p -> p.getSeq() == seq).findFirst().orElseThrow();
	}

	private static Map<Integer, JsonObject> seedProjects() {
		Map<Integer, JsonObject> result = new HashMap<>();
		for (JsonElement d : json.getAsJsonArray("dimensions")) {
			for (JsonElement m : d.getAsJsonObject().getAsJsonArray("missions")) {
				for (JsonElement s : m.getAsJsonObject().getAsJsonArray("subMissions")) {
					for (JsonElement p : s.getAsJsonObject().getAsJsonArray("projects")) {
						result.put(p.getAsJsonObject().get("seq").getAsInt(), p.getAsJsonObject());
					}
				}
			}
		}
		return result;
	}
}
