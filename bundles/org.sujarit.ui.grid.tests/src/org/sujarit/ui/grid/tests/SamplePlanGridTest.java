package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.RoundKind;
import org.sujarit.model.io.PlanResources;
import org.sujarit.ui.grid.BudgetGrid;
import org.sujarit.ui.grid.PlanGrid;
import org.sujarit.ui.grid.ResultsGrid;

/**
 * The grids on the project's sample files, loaded as the editor loads them (model.io into the editing domain's
 * resource set): edit through the grid, check subtotal and grand total, undo; save and reopen to find the edit.
 */
class SamplePlanGridTest {

	Shell shell;
	PlanGrid grid;

	static Path sample(String name) {
		Path file = Path.of(System.getProperty("sujarit.root", ".")).resolve("samples").resolve(name);
		assertTrue(Files.isRegularFile(file), "sample at " + file);
		return file;
	}

	static AdapterFactoryEditingDomain domainFor(Path file, Resource[] loaded) throws Exception {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				PlanResources.newResourceSet());
		loaded[0] = PlanResources.load(domain.getResourceSet(), file);
		return domain;
	}

	NatTable open(PlanGrid g) {
		grid = g;
		shell.open();
		shell.layout(true, true);
		GridTestSupport.spin();
		return g.getNatTable();
	}

	@AfterEach
	void close() {
		grid.dispose();
		shell.dispose();
	}

	@Test
	void budgetEditOnTheSampleIsSavedAndUndoable() throws Exception {
		Path tmp = Files.createTempDirectory("sujarit-grid");
		Path copy = tmp.resolve("phitsanulok-2566-2570.sujarit");
		Files.copy(sample("phitsanulok-2566-2570.sujarit"), copy);
		Resource[] resource = new Resource[1];
		AdapterFactoryEditingDomain domain = domainFor(copy, resource);
		Plan plan = (Plan) resource[0].getContents().get(0);
		shell = GridTestSupport.newShell(1300, 2600);
		NatTable table = open(new BudgetGrid(shell, domain, plan));

		int total = table.getRowCount() - 1;
		int dim1 = SeedPlanGridTest.rowStartingWith(table, "มิติที่ 1 ");
		int seq3 = SeedPlanGridTest.rowStartingWith(table, "3) ");
		assertEquals("132,640", GridTestSupport.shown(table, 2, dim1));
		assertEquals("132,640", GridTestSupport.shown(table, 2, total));

		GridTestSupport.select(table, 2, seq3, false);
		GridTestSupport.typeIntoSelectedCell(table, "100000");
		assertEquals("160,400", GridTestSupport.shown(table, 2, dim1), "dimension subtotal");
		assertEquals("160,400", GridTestSupport.shown(table, 2, total), "grand total");
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertEquals("132,640", GridTestSupport.shown(table, 2, dim1));
		assertEquals("132,640", GridTestSupport.shown(table, 2, total));
		domain.getCommandStack().redo();
		GridTestSupport.spin();

		PlanResources.save(resource[0]);
		Plan reopened = PlanResources.loadPlan(copy);
		Project p3 = reopened.getAllProjects().stream().filter(p -> p.getSeq() == 3).findFirst().orElseThrow();
		assertEquals(0, new BigDecimal("100000").compareTo(p3.findBudget(2567).getAmount()));
		assertEquals(0, new BigDecimal("160400").compareTo(reopened.totalBudget(2567)));
	}

	@Test
	void twelveMonthResultsOfTheSample() throws Exception {
		Resource[] resource = new Resource[1];
		AdapterFactoryEditingDomain domain = domainFor(sample("phitsanulok-2565.sujarit"), resource);
		Plan plan = (Plan) resource[0].getContents().get(0);
		shell = GridTestSupport.newShell(1300, 2600);
		ResultsGrid results = new ResultsGrid(shell, domain, plan);
		NatTable table = open(results);
		results.show(2565, RoundKind.TWELVE_MONTHS);
		GridTestSupport.spin();
		assertTrue(results.getCountsText().startsWith("ดำเนินการแล้วเสร็จ 33 · อยู่ระหว่างดำเนินการ 3 · รอรายงาน 2"),
				results.getCountsText());

		int seq35 = SeedPlanGridTest.rowStartingWith(table, "35) ");
		GridTestSupport.chooseStatus(table, seq35, ResultStatus.CANNOT_DO);
		assertTrue(results.getCountsText().startsWith(
				"ดำเนินการแล้วเสร็จ 33 · อยู่ระหว่างดำเนินการ 3 · รอรายงาน 1 · ไม่สามารถดำเนินการได้ 1 · รวม 38"),
				results.getCountsText());
		assertTrue(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
	}
}
