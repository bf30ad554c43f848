package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanResources;
import org.sujarit.ui.grid.BudgetGrid;
import org.sujarit.ui.grid.internal.GridLabels;

/**
 * A project of a plug-in that is not installed shows in the budget grid greyed with the plug-in it needs, and its cells
 * do not open an editor; a known project's cells still do.
 */
class UnknownProjectGridTest {

	/** A known project and one of a missing plug-in (namespace urn:sujarit-test:missing-dimension) with 5,000 in 2566. */
	static final String PLAN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<plan:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
			xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:plan="http://sujarit.org/plan/1.0" \
			xmlns:ext="urn:sujarit-test:missing-dimension" title="t" firstYear="2566" lastYear="2567">
			  <dimensions code="1" name="มิติ">
			    <projects id="known" seq="1" name="รู้จัก"/>
			    <projects xsi:type="ext:ExtraProject" id="stranger" seq="2" name="ไม่รู้จัก" extraLevel="HIGH">
			      <budgets fiscalYear="2566" amount="5000"/>
			    </projects>
			  </dimensions>
			</plan:Plan>
			""";

	// rows: two header rows, dimension 1, known project, unknown project, total
	static final int KNOWN = 3, STRANGER = 4, Y2566 = 1;

	Shell shell;
	Plan plan;
	BudgetGrid grid;
	NatTable table;

	@BeforeEach
	void open() throws Exception {
		Path dir = Path.of(System.getProperty("sujarit.test.out", "target/test-output"));
		Files.createDirectories(dir);
		Path file = dir.resolve("grid-unknown.sujarit");
		Files.writeString(file, PLAN, StandardCharsets.UTF_8);
		// the editor's kind of domain: its read-only policy is what the grid follows (the grid has no rule of its own)
		AdapterFactoryEditingDomain domain = GridTestSupport.newGuardedDomain();
		plan = (Plan) PlanResources.load(domain.getResourceSet(), file).getContents().get(0);
		shell = GridTestSupport.newShell(900, 400);
		grid = new BudgetGrid(shell, domain, plan);
		table = grid.getNatTable();
		shell.open();
		shell.layout(true, true);
		GridTestSupport.spin();
	}

	@AfterEach
	void close() {
		grid.dispose();
		shell.dispose();
	}

	@Test
	void unknownProjectIsShownReadOnly() {
		Project stranger = plan.getDimensions().get(0).getProjects().get(1);
		String name = GridTestSupport.shown(table, 0, STRANGER);
		assertTrue(name.contains("ไม่รู้จัก") && name.contains("urn:sujarit-test:missing-dimension"), name);
		assertTrue(table.getCellByPosition(Y2566, STRANGER).getConfigLabels().hasLabel(GridLabels.READ_ONLY));
		assertFalse(table.getCellByPosition(Y2566, STRANGER).getConfigLabels().hasLabel(GridLabels.EDITABLE));
		assertTrue(table.getCellByPosition(Y2566, KNOWN).getConfigLabels().hasLabel(GridLabels.EDITABLE));

		GridTestSupport.select(table, Y2566, STRANGER, false);
		GridTestSupport.key(table, '9', '9', 0);
		assertNull(table.getActiveCellEditor(), "no editor opens on an unknown project's cell");
		assertEquals(0, new BigDecimal("5000").compareTo(stranger.findBudget(2566).getAmount()));

		GridTestSupport.select(table, Y2566, KNOWN, false);
		GridTestSupport.typeIntoSelectedCell(table, "700");
		assertEquals(0, new BigDecimal("700").compareTo(plan.getDimensions().get(0).getProjects().get(0)
				.findBudget(2566).getAmount()));
	}
}
