package org.sujarit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Dimension;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;

/**
 * The 2565 plan (plan-2565.csv) and its 12-month results (report-2565-12m.csv), checked against the seed's printed
 * figures (seed lines 177-330: "แบ่งออกเป็น ๔ มิติ จำนวน ๓๘ โครงการ", the row "รวมทั้งสิ้น | 275,145.00 | 35 | 32 | 13 |
 * 13" and the status lines ๓๓ / ๓ / ๒) through the model's derived operations.
 */
class Plan2565ImportTest {

	private static Plan plan;

	@BeforeAll
	static void importPlan() throws Exception {
		// the results table beside the plan table is picked up by importFile
		plan = SeedImporter.importFile(Seed.file("plan-2565.csv"));
	}

	@Test
	void projectsAndDimensionsAsPrinted() {
		assertEquals(38, plan.projectCount());
		assertEquals(4, plan.getDimensions().size());
		assertEquals(List.of(2565), plan.getFiscalYears());
		for (Dimension d : plan.getDimensions()) {
			// the seed does not print the 2561-2565 dimension names: none are invented
			assertNull(d.getName(), "name of dimension " + d.getCode());
			assertTrue(d.getMissions().isEmpty());
		}
		// plan-2565-totals.csv (computed, not printed): 9 / 12 / 8 / 9 per dimension
		assertEquals(9, plan.findDimension(1).projectCount());
		assertEquals(12, plan.findDimension(2).projectCount());
		assertEquals(8, plan.findDimension(3).projectCount());
		assertEquals(9, plan.findDimension(4).projectCount());
	}

	@Test
	void budgetTotalAsPrinted() {
		// "รวมทั้งสิ้น … 275,145.00"
		assertEquals(new BigDecimal("275145.00"), plan.totalBudget(2565));
		assertEquals(new BigDecimal("275145.00"), plan.totalBudgetOverPlan());
	}

	@Test
	void quarterCountsAsPrinted() {
		assertEquals(35, plan.countInQuarter(1));
		assertEquals(32, plan.countInQuarter(2));
		assertEquals(13, plan.countInQuarter(3));
		assertEquals(13, plan.countInQuarter(4));
	}

	@Test
	void zeroBudgetIsNoBudget() {
		Project p3 = plan.getAllProjects().stream().filter(p -> p.getSeq() == 3).findFirst().orElseThrow();
		assertTrue(p3.findBudget(2565).isNoBudget(), "0.00 in the 2565 table means ไม่ใช้งบฯ");
		assertEquals(BigDecimal.ZERO, p3.budgetIn(2565));
		Project p1 = plan.getAllProjects().stream().filter(p -> p.getSeq() == 1).findFirst().orElseThrow();
		assertEquals(new BigDecimal("55745.00"), p1.budgetIn(2565));
		assertEquals(ProjectKind.PROJECT, p1.getKind());
		assertEquals(ProjectKind.MEASURE, p3.getKind());
	}

	@Test
	void kindsFromTheFirstWord() {
		for (Project p : plan.getAllProjects()) {
			String expected = switch (p.getKind()) {
			case PROJECT -> "โครงการ";
			case ACTIVITY -> "กิจกรรม";
			case MEASURE -> "มาตรการ";
			};
			assertTrue(p.getName().startsWith(expected), p.getSeq() + " " + p.getName());
		}
	}

	@Test
	void twelveMonthResultsAsPrinted() {
		ResultsRound round = plan.findRound(2565, RoundKind.TWELVE_MONTHS);
		assertNotNull(round);
		assertEquals(38, round.getResults().size());
		// "- ดำเนินการแล้วเสร็จ จำนวน ๓๓ โครงการ", "อยู่ระหว่างดำเนินการ ๓", "รอรายงาน ๒", "รวม ๓๘ โครงการ"
		assertEquals(33, round.countByStatus(ResultStatus.DONE));
		assertEquals(3, round.countByStatus(ResultStatus.IN_PROGRESS));
		assertEquals(2, round.countByStatus(ResultStatus.AWAITING_REPORT));
		assertEquals(0, round.countByStatus(ResultStatus.CANNOT_DO));
		// report-2565-12m-summary.csv: disbursed total 89,141.40 (computed from the printed rows)
		assertEquals(new BigDecimal("89141.40"), round.totalDisbursed());
		assertNull(plan.findRound(2565, RoundKind.SIX_MONTHS));
		for (Project p : plan.getAllProjects()) {
			ProjectResult r = round.resultFor(p);
			assertNotNull(r, "result of seq " + p.getSeq());
		}
		// seq 38's remark explains the COVID delay
		ProjectResult r38 = round.getResults().get(37);
		assertEquals(38, r38.getProject().getSeq());
		assertTrue(r38.getRemark().contains("โควิด"));
	}

	@Test
	void importFilesGivesTheSameAsImportFile() throws Exception {
		Plan explicit = SeedImporter.importFiles(List.of(Seed.file("plan-2565.csv"), Seed.file("report-2565-12m.csv")));
		assertEquals(38, explicit.projectCount());
		assertEquals(1, explicit.getResultsRounds().size());
		assertEquals(new BigDecimal("89141.40"), explicit.getResultsRounds().get(0).totalDisbursed());
		Plan planOnly = SeedImporter.importFiles(List.of(Seed.file("plan-2565.csv")));
		assertTrue(planOnly.getResultsRounds().isEmpty(), "importFiles imports exactly the files given");
	}
}
