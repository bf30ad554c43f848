package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.ui.grid.ScheduleGrid;

/** The schedule grid: ticking a quarter with the mouse is an undoable command and the per-quarter counts follow. */
class ScheduleGridTest extends GridFixture<ScheduleGrid> {

	static final int P3 = 5, P4 = 6, TOTAL = 22;

	@Override
	int shellHeight() {
		return 860;
	}

	@Override
	ScheduleGrid createGrid(Shell parent, AdapterFactoryEditingDomain editingDomain, Plan fixture) {
		return new ScheduleGrid(parent, editingDomain, fixture);
	}

	@Test
	void countsPerQuarterFromTheModel() {
		// fixture: the 6 even-numbered projects run in quarters 1-4, the 6 odd ones in quarter 4 only
		assertEquals("6", GridTestSupport.shown(table, 1, TOTAL));
		assertEquals("6", GridTestSupport.shown(table, 3, TOTAL));
		assertEquals("12", GridTestSupport.shown(table, 4, TOTAL));
		assertEquals(Boolean.TRUE, GridTestSupport.value(table, 1, P4));
		assertEquals(Boolean.FALSE, GridTestSupport.value(table, 1, P3));
		assertEquals("ไตรมาส 1", GridTestSupport.shown(table, 1, 0));
	}

	@Test
	void clickingATickIsAnUndoableCommand() {
		GridTestSupport.click(table, 1, P3);
		assertTrue(project(3).getQuarters().contains(1), "quarter 1 ticked: " + project(3).getQuarters());
		assertEquals(java.util.List.of(1, 4), project(3).getQuarters(), "kept in ascending order");
		assertEquals("7", GridTestSupport.shown(table, 1, TOTAL));

		GridTestSupport.click(table, 4, P4);
		assertFalse(project(4).getQuarters().contains(4));
		assertEquals("11", GridTestSupport.shown(table, 4, TOTAL));

		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertEquals(java.util.List.of(4), project(3).getQuarters());
		assertEquals("6", GridTestSupport.shown(table, 1, TOTAL));
		assertEquals("12", GridTestSupport.shown(table, 4, TOTAL));
	}

	@Test
	void theChosenYearDatesTheQuarters() {
		grid.setFiscalYear(2567);
		GridTestSupport.spin();
		assertTrue(grid.getCaption().contains("2567"), grid.getCaption());
		assertTrue(grid.getCaption().contains("ต.ค.-ธ.ค. 2566"), grid.getCaption());
	}

	@Test
	void screenshot() throws Exception {
		grid.setFiscalYear(2567);
		GridTestSupport.click(table, 2, P3);
		GridTestSupport.select(table, 0, P4, false);
		GridTestSupport.screenshot(shell, "grid-schedule");
	}
}
