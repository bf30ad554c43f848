package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.emf.ui.domain.GuardedEditingDomain;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.unknown.UnknownContent;
import org.sujarit.ui.grid.BudgetGrid;
import org.sujarit.ui.grid.internal.budget.BudgetCommands;
import org.sujarit.ui.grid.internal.budget.BudgetValue;
import org.sujarit.ui.grid.internal.schedule.ScheduleCommands;

/**
 * The grids create their commands through the editing domain (SetCommand.create / AddCommand.create), so the domain
 * sees every edit, undo works, and the domain's read-only policy refuses edits of a missing plug-in's project.
 */
class GridCommandsThroughDomainTest {

	private static final String PLAN = UnknownProjectGridTest.PLAN;

	static final int KNOWN = 3, Y2566 = 1;

	/** The commands the domain was asked to create, by class. */
	private final List<Class<?>> created = new ArrayList<>();
	private Shell shell;
	private BudgetGrid grid;

	@AfterEach
	void close() {
		if (grid != null) {
			grid.dispose();
		}
		if (shell != null) {
			shell.dispose();
		}
	}

	/** The editor's guarded domain, recording what it is asked to create. */
	private GuardedEditingDomain recordingDomain() {
		GuardedEditingDomain inner = EditingDomains.create(
				new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
						org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				PlanResources.newResourceSet(), UnknownContent::isReadOnly);
		return new GuardedEditingDomain(inner.getAdapterFactory(), inner.getCommandStack(), inner.getResourceSet(),
				UnknownContent::isReadOnly) {
			@Override
			public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
				created.add(commandClass);
				return super.createCommand(commandClass, parameter);
			}
		};
	}

	private Plan load(AdapterFactoryEditingDomain domain) throws Exception {
		Path dir = Files.createDirectories(Path.of(System.getProperty("sujarit.test.out", "target/test-output")));
		Path file = dir.resolve("grid-domain-commands.sujarit");
		Files.writeString(file, PLAN, StandardCharsets.UTF_8);
		return (Plan) PlanResources.load(domain.getResourceSet(), file).getContents().get(0);
	}

	@Test
	void typingInTheGridAsksTheDomainAndUndoRemovesTheEntry() throws Exception {
		GuardedEditingDomain domain = recordingDomain();
		// the domain the model's resource set names is the one the grid must use (getEditingDomainFor)
		domain.getResourceSet().eAdapters().clear();
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		Plan plan = load(domain);
		Project known = plan.getDimensions().get(0).getProjects().get(0);
		shell = GridTestSupport.newShell(900, 400);
		grid = new BudgetGrid(shell, domain, plan);
		NatTable table = grid.getNatTable();
		shell.open();
		shell.layout(true, true);
		GridTestSupport.spin();

		created.clear();
		GridTestSupport.select(table, Y2566, KNOWN, false);
		GridTestSupport.typeIntoSelectedCell(table, "700");
		assertEquals(0, new BigDecimal("700").compareTo(known.findBudget(2566).getAmount()));
		assertTrue(created.contains(AddCommand.class), "the new year entry was created by the domain: " + created);
		assertTrue(domain.getCommandStack().canUndo());

		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertNull(known.findBudget(2566), "undo removes the added entry");
		assertEquals("", GridTestSupport.shown(table, Y2566, KNOWN).strip());
		domain.getCommandStack().redo();
		assertEquals(0, new BigDecimal("700").compareTo(known.findBudget(2566).getAmount()));

		// a second edit of the same cell sets the existing entry: a SetCommand, also from the domain
		created.clear();
		GridTestSupport.select(table, Y2566, KNOWN, false);
		GridTestSupport.typeIntoSelectedCell(table, "900");
		assertTrue(created.contains(SetCommand.class), String.valueOf(created));
		assertEquals(0, new BigDecimal("900").compareTo(known.findBudget(2566).getAmount()));
	}

	@Test
	void theDomainRefusesCommandsOnUnknownContent() throws Exception {
		GuardedEditingDomain domain = recordingDomain();
		domain.getResourceSet().eAdapters().clear();
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		Plan plan = load(domain);
		Project stranger = plan.getDimensions().get(0).getProjects().get(1);

		Command budget = BudgetCommands.set(domain, stranger, 2566, BudgetValue.amount(new BigDecimal("9999")));
		assertFalse(budget.canExecute(), "set on a missing plug-in's budget entry is unexecutable");
		domain.getCommandStack().execute(budget);
		assertEquals(0, new BigDecimal("5000").compareTo(stranger.findBudget(2566).getAmount()), "5,000 unchanged");
		Command added = BudgetCommands.set(domain, stranger, 2567, BudgetValue.amount(new BigDecimal("1")));
		assertFalse(added.canExecute(), "adding a year entry to it too");
		Command quarter = ScheduleCommands.setQuarter(domain, stranger, 2, true);
		assertFalse(quarter.canExecute(), "ticking a quarter too");
		domain.getCommandStack().execute(quarter);
		assertTrue(stranger.getQuarters().isEmpty());
		assertNull(stranger.findBudget(2567));
		assertFalse(domain.getCommandStack().canUndo(), "nothing reached the stack");
	}
}
