package org.sujarit.ui.grid.tests;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.ui.grid.PlanGrid;

/** One grid on the fixture plan in its own shell, opened before and disposed after each test. */
abstract class GridFixture<G extends PlanGrid> {

	Shell shell;
	Plan plan;
	AdapterFactoryEditingDomain domain;
	G grid;
	NatTable table;

	/** The shell's size in pixels: big enough that every row the test touches is visible. */
	abstract int shellHeight();

	abstract G createGrid(Shell parent, AdapterFactoryEditingDomain editingDomain, Plan fixture);

	/** Further set-up once the grid is shown (e.g. a round chosen, a group collapsed); default none. */
	void afterOpen() {
	}

	@BeforeEach
	void open() {
		shell = GridTestSupport.newShell(1300, shellHeight());
		plan = TestPlans.phitsanulokLike();
		domain = GridTestSupport.newDomain();
		grid = createGrid(shell, domain, plan);
		table = grid.getNatTable();
		shell.open();
		shell.layout(true, true);
		GridTestSupport.spin();
		afterOpen();
	}

	@AfterEach
	void close() {
		grid.dispose();
		shell.dispose();
	}

	Project project(int seq) {
		return plan.getAllProjects().stream().filter(p -> p.getSeq() == seq).findFirst().orElseThrow();
	}
}
