package org.sujarit.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.model.io.PlanResources;
import org.sujarit.report.data.AnnualTable;
import org.sujarit.report.data.DimensionTotals;
import org.sujarit.report.data.ReportData;
import org.sujarit.report.data.ResultsTable;
import org.sujarit.report.data.SheetsTable;
import org.sujarit.report.data.SummaryRow;
import org.sujarit.report.data.SummaryTable;

/**
 * The typed rows (org.sujarit.report.data) of both sample plans, free of formatting: numbers as numbers. Expected
 * figures by hand from the seed (official-tables.md): 132,640 a year in dimension 1 (72,240 + 10,400 + 50,000),
 * 9/19/2/7 projects; 275,145.00 and 35/32/13/13 for 2565; 33/3/2 of 38, 89,141.40 disbursed.
 */
class ReportDataTest {
	static Plan plan5;
	static Plan plan2565;

	@BeforeAll
	static void load() throws Exception {
		Path root = Path.of(System.getProperty("sujarit.root", "../.."));
		plan5 = PlanResources.loadPlan(root.resolve("samples/phitsanulok-2566-2570.sujarit"));
		plan2565 = PlanResources.loadPlan(root.resolve("samples/phitsanulok-2565.sujarit"));
	}

	static void assertAmount(String expected, BigDecimal actual) {
		assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
	}

	@Test
	void summaryRowsAreTyped() {
		SummaryTable t = ReportData.summary(plan5);
		assertEquals(List.of(2566, 2567, 2568, 2569, 2570), t.years());
		assertEquals(37, t.rows().size());
		int[] counts = { 9, 19, 2, 7 };
		for (int d = 1; d <= 4; d++) {
			DimensionTotals dim = t.dimension(d);
			assertEquals(counts[d - 1], dim.projectCount(), "dimension " + d);
			assertEquals(5, dim.budgetByYear().size());
			for (BigDecimal b : dim.budgetByYear()) {
				assertAmount(d == 1 ? "132640" : "0", b);
			}
		}
		for (BigDecimal b : t.totalByYear()) {
			assertAmount("132640", b);
		}
		SummaryRow seq3 = t.rows().stream().filter(r -> r.seq() == 3).findFirst().orElseThrow();
		assertEquals(1, seq3.dimension());
		assertEquals("1.1", seq3.missionCode());
		for (BigDecimal b : seq3.budgets()) {
			assertAmount("72240", b);
		}
		SummaryRow seq1 = t.rows().stream().filter(r -> r.seq() == 1).findFirst().orElseThrow();
		assertNull(seq1.budgets().get(0), "a project without budget has no amount (the design prints ไม่ใช้งบฯ)");
		// running numbers 1-37 in document order
		for (int i = 0; i < t.rows().size(); i++) {
			assertEquals(i + 1, t.rows().get(i).seq());
		}
		SummaryRow seq6 = t.rows().get(5);
		assertEquals("1.2", seq6.missionCode(), "seq 6-7 under mission 1.2 (detail sheets)");
	}

	@Test
	void annualAndResultsRowsAreTyped() {
		AnnualTable a = ReportData.annual(plan2565, 2565);
		assertEquals(38, a.rows().size());
		assertAmount("275145.00", a.totalBudget());
		assertEquals(List.of(35, 32, 13, 13), a.projectsPerQuarter());
		assertAmount("55745", a.rows().get(0).budget());
		assertEquals(2565, a.plan().firstYear());

		ResultsRound round = plan2565.getResultsRounds().stream()
				.filter(r -> r.getFiscalYear() == 2565 && r.getRound() == RoundKind.TWELVE_MONTHS).findFirst()
				.orElseThrow();
		ResultsTable r = ReportData.results(plan2565, round);
		assertEquals(33, r.count(ResultStatus.DONE));
		assertEquals(3, r.count(ResultStatus.IN_PROGRESS));
		assertEquals(2, r.count(ResultStatus.AWAITING_REPORT));
		assertEquals(0, r.count(ResultStatus.CANNOT_DO));
		assertEquals(38, r.reported());
		assertAmount("89141.40", r.totalDisbursed());
		assertAmount("275145.00", r.totalBudget());
		assertEquals(12, r.months());
		assertEquals(java.time.LocalDate.of(2021, 10, 1), r.periodStart());
		assertEquals(ResultStatus.AWAITING_REPORT, r.rows().get(24).status(), "seq 25 awaiting report");
		assertAmount("28256.40", r.rows().get(37).disbursed());
	}

	@Test
	void sheetsAreTyped() {
		SheetsTable s = ReportData.sheets(plan5);
		assertEquals(37, s.sheets().size());
		assertEquals(3, s.sheets().get(2).seq());
		for (BigDecimal b : s.sheets().get(2).budgets()) {
			assertAmount("72240", b);
		}
		assertEquals(1, s.sheets().get(0).dimension());
	}

	@Test
	void yearsComeFromThePlan() {
		assertEquals(List.of(2566, 2567, 2568), ReportData.summary(TestPlans.small(2566, 2568)).years());
		SummaryTable seven = ReportData.summary(TestPlans.small(2566, 2572));
		assertEquals(7, seven.years().size());
		assertEquals(7, seven.rows().get(0).budgets().size());
		assertAmount("72240", seven.dimension(1).budgetByYear().get(6));
	}
}
