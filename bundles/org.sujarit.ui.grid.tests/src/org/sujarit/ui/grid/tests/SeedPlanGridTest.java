package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Plan;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.RoundKind;
import org.sujarit.ui.grid.BudgetGrid;
import org.sujarit.ui.grid.PlanGrid;
import org.sujarit.ui.grid.ResultsGrid;

/**
 * The grids on the real seed plans (imported with the project's importer): the figures the official tables print
 * (official-tables.md) must show, and follow edits.
 */
class SeedPlanGridTest {

	Shell shell;
	PlanGrid grid;

	static Path seed(String name) {
		Path root = Path.of(System.getProperty("sujarit.root", "."));
		Path file = root.resolve("../shared/seed-data").resolve(name).normalize();
		assertTrue(Files.isRegularFile(file), "seed data at " + file);
		return file;
	}

	/** A shell taller than the screen, so that every row of a 37-project plan is inside the viewport. */
	NatTable open(PlanGrid g) {
		grid = g;
		shell.open();
		shell.layout(true, true);
		GridTestSupport.spin();
		return g.getNatTable();
	}

	static int rowStartingWith(NatTable table, String prefix) {
		for (int r = 1; r < table.getRowCount(); r++) {
			if (GridTestSupport.shown(table, 0, r).startsWith(prefix)) {
				return r;
			}
		}
		throw new AssertionError("no row starts with " + prefix);
	}

	@AfterEach
	void close() {
		grid.dispose();
		shell.dispose();
	}

	@Test
	void budgetOfThe2566PlanAsTheSummaryTablePrintsIt() throws Exception {
		Plan plan = SeedImporter.importFile(seed("plan-2566-2570.json"));
		AdapterFactoryEditingDomain domain = GridTestSupport.newDomain();
		shell = GridTestSupport.newShell(1300, 2600);
		NatTable table = open(new BudgetGrid(shell, domain, plan));

		int total = table.getRowCount() - 1;
		assertTrue(GridTestSupport.shown(table, 0, total).contains("37"), GridTestSupport.shown(table, 0, total));
		int dim1 = rowStartingWith(table, "มิติที่ 1 ");
		int dim2 = rowStartingWith(table, "มิติที่ 2 ");
		for (int col = 1; col <= 5; col++) {
			assertEquals("132,640", GridTestSupport.shown(table, col, dim1), "dimension 1, column " + col);
			assertEquals("0", GridTestSupport.shown(table, col, dim2));
			assertEquals("132,640", GridTestSupport.shown(table, col, total));
		}
		int seq3 = rowStartingWith(table, "3) ");
		assertEquals("72,240", GridTestSupport.shown(table, 1, seq3));

		GridTestSupport.select(table, 1, seq3, false);
		GridTestSupport.typeIntoSelectedCell(table, "80,000");
		assertEquals("140,400", GridTestSupport.shown(table, 1, dim1));
		assertEquals("140,400", GridTestSupport.shown(table, 1, total));
		assertEquals("132,640", GridTestSupport.shown(table, 2, total));
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertEquals("132,640", GridTestSupport.shown(table, 1, dim1));
		assertEquals("132,640", GridTestSupport.shown(table, 1, total));

		shell.setSize(1300, 980); // back to screen size for the picture
		shell.layout(true, true);
		GridTestSupport.select(table, 1, seq3, false);
		GridTestSupport.screenshot(shell, "grid-budget-seed");
	}

	@Test
	void twelveMonthResultsOf2565AsTheReportCountsThem() throws Exception {
		Plan plan = SeedImporter.importFile(seed("plan-2565.csv"));
		AdapterFactoryEditingDomain domain = GridTestSupport.newDomain();
		shell = GridTestSupport.newShell(1300, 2600);
		ResultsGrid results = new ResultsGrid(shell, domain, plan);
		NatTable table = open(results);
		results.show(2565, RoundKind.TWELVE_MONTHS);
		GridTestSupport.spin();
		assertTrue(results.getCountsText().startsWith(
				"ดำเนินการแล้วเสร็จ 33 · อยู่ระหว่างดำเนินการ 3 · รอรายงาน 2 · ไม่สามารถดำเนินการได้ 0 · รวม 38"),
				results.getCountsText());
		int total = table.getRowCount() - 1;
		assertEquals("89,141.40", GridTestSupport.shown(table, 3, total), "total disbursed");

		// seq 25 is awaiting report: a user reports it done
		int seq25 = rowStartingWith(table, "25) ");
		GridTestSupport.chooseStatus(table, seq25, ResultStatus.DONE);
		assertTrue(results.getCountsText().startsWith(
				"ดำเนินการแล้วเสร็จ 34 · อยู่ระหว่างดำเนินการ 3 · รอรายงาน 1 · ไม่สามารถดำเนินการได้ 0 · รวม 38"),
				results.getCountsText());
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertTrue(results.getCountsText().startsWith("ดำเนินการแล้วเสร็จ 33 "), results.getCountsText());

		shell.setSize(1300, 980);
		shell.layout(true, true);
		GridTestSupport.select(table, 3, rowStartingWith(table, "1) "), false);
		GridTestSupport.screenshot(shell, "grid-results-seed");
	}
}
