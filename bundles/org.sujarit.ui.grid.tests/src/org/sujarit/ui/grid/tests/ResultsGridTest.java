package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.tree.command.TreeExpandCollapseCommand;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sujarit.model.IndicatorResult;
import org.sujarit.model.Plan;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.ui.grid.ResultsGrid;

/** The results grid: entering a 12-month result creates the round in one command and the counts follow. */
class ResultsGridTest extends GridFixture<ResultsGrid> {

	// NatTable row positions (header = 0) with dimension 2 collapsed, so that the whole grid fits above the detail area
	static final int P3 = 5, P4 = 6, P12 = 17, TOTAL = 18;
	static final int STATUS = GridTestSupport.RESULTS_STATUS, DISBURSED = 3, REMARK = 4;

	@Override
	int shellHeight() {
		return 980;
	}

	@Override
	ResultsGrid createGrid(Shell parent, AdapterFactoryEditingDomain editingDomain, Plan fixture) {
		return new ResultsGrid(parent, editingDomain, fixture);
	}

	@Override
	void afterOpen() {
		grid.show(2566, RoundKind.TWELVE_MONTHS);
		table.doCommand(new TreeExpandCollapseCommand(13, 0));
		GridTestSupport.spin();
	}

	void chooseStatus(int row, ResultStatus status) {
		GridTestSupport.chooseStatus(table, row, status);
	}

	@Test
	void aFirstEntryCreatesTheRoundAndTheCountsFollow() {
		assertNull(plan.findRound(2566, RoundKind.TWELVE_MONTHS));
		assertTrue(grid.getCountsText().contains("ยังไม่มีผล"), grid.getCountsText());

		chooseStatus(P3, ResultStatus.DONE);
		ResultsRound round = plan.findRound(2566, RoundKind.TWELVE_MONTHS);
		assertNotNull(round, "round created by the first entry");
		assertEquals(12, round.getResults().size(), "a result row per project");
		assertEquals(ResultStatus.DONE, round.resultFor(project(3)).getStatus());
		assertEquals("ดำเนินการแล้วเสร็จ", GridTestSupport.shown(table, STATUS, P3));
		assertTrue(grid.getCountsText().startsWith("ดำเนินการแล้วเสร็จ 1 · อยู่ระหว่างดำเนินการ 0 · รอรายงาน 11"),
				grid.getCountsText());

		chooseStatus(P4, ResultStatus.IN_PROGRESS);
		assertTrue(grid.getCountsText().startsWith("ดำเนินการแล้วเสร็จ 1 · อยู่ระหว่างดำเนินการ 1 · รอรายงาน 10"),
				grid.getCountsText());

		GridTestSupport.select(table, DISBURSED, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "17385");
		assertEquals(0, new BigDecimal("17385").compareTo(round.resultFor(project(3)).getDisbursed()));
		assertEquals("17,385", GridTestSupport.shown(table, DISBURSED, TOTAL), "total disbursed");

		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertTrue(grid.getCountsText().startsWith("ดำเนินการแล้วเสร็จ 1 · อยู่ระหว่างดำเนินการ 0 · รอรายงาน 11"),
				grid.getCountsText());
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertNull(plan.findRound(2566, RoundKind.TWELVE_MONTHS), "one undo removes the round it created");
		assertTrue(grid.getCountsText().contains("ยังไม่มีผล"), grid.getCountsText());
	}

	@Test
	void roundsAreSeparate() {
		chooseStatus(P3, ResultStatus.DONE);
		grid.show(2566, RoundKind.SIX_MONTHS);
		GridTestSupport.spin();
		assertEquals("", GridTestSupport.shown(table, STATUS, P3));
		assertTrue(grid.getCountsText().contains("6"), grid.getCountsText());
		grid.show(2566, RoundKind.TWELVE_MONTHS);
		GridTestSupport.spin();
		assertEquals("ดำเนินการแล้วเสร็จ", GridTestSupport.shown(table, STATUS, P3));
	}

	@Test
	void badAmountsAreRefused() {
		GridTestSupport.select(table, DISBURSED, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "12x");
		assertTrue(grid.getMessage().contains("12x"), grid.getMessage());
		assertNull(plan.findRound(2566, RoundKind.TWELVE_MONTHS), "nothing created");
	}

	@Test
	void indicatorActualsOfTheSelectedProject() {
		GridTestSupport.select(table, REMARK, P12, false);
		assertSame(project(12), grid.getIndicatorProject());
		NatTable indicators = grid.getIndicatorTable();
		assertEquals(3, indicators.getRowCount(), "header + output + outcome");
		GridTestSupport.select(indicators, 3, 2, false);
		GridTestSupport.typeIntoSelectedCell(indicators, "85");
		ProjectResult result = plan.findRound(2566, RoundKind.TWELVE_MONTHS).resultFor(project(12));
		IndicatorResult ir = result.getIndicatorResults().get(0);
		assertSame(project(12).getIndicators().get(1), ir.getIndicator());
		assertEquals(0, new BigDecimal("85").compareTo(ir.getActualValue()));
		assertEquals("85", GridTestSupport.shown(indicators, 3, 2));
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertNull(plan.findRound(2566, RoundKind.TWELVE_MONTHS));
		assertEquals("", GridTestSupport.shown(indicators, 3, 2));
	}

	@Test
	void screenshot() throws Exception {
		chooseStatus(P3, ResultStatus.DONE);
		chooseStatus(P4, ResultStatus.IN_PROGRESS);
		chooseStatus(4, ResultStatus.DONE);
		GridTestSupport.select(table, DISBURSED, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "17385");
		GridTestSupport.select(table, REMARK, P4, false);
		GridTestSupport.typeIntoSelectedCell(table, "เลื่อนไปไตรมาส 3 เนื่องจากสถานการณ์โควิด");
		GridTestSupport.select(table, REMARK, P12, false);
		GridTestSupport.select(grid.getIndicatorTable(), 3, 1, false);
		GridTestSupport.typeIntoSelectedCell(grid.getIndicatorTable(), "4");
		GridTestSupport.select(table, STATUS, P12, false);
		GridTestSupport.screenshot(shell, "grid-results");
	}
}
