package org.sujarit.ui.grid.internal.budget;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.YearBudget;
import org.sujarit.ui.grid.internal.Messages;

/**
 * Builds the EMF commands that change a project's budget of one fiscal year. They are created by the editing domain
 * ({@code SetCommand.create}, {@code AddCommand.create}), so the domain's policy applies: a read-only object gets an
 * unexecutable command.
 */
public final class BudgetCommands {

	private BudgetCommands() {
	}

	/**
	 * The command that gives a project the value in a fiscal year: sets the existing {@link YearBudget} or adds a new
	 * one. Returns null when nothing would change.
	 */
	public static Command set(EditingDomain domain, Project project, int year, BudgetValue value) {
		YearBudget budget = project.findBudget(year);
		if (value == null || value.sameAs(BudgetValue.of(budget))) {
			return null;
		}
		String label = NLS.bind(Messages.Budget_commandLabel, project.getSeq(), year);
		if (budget == null) {
			YearBudget added = PlanFactory.eINSTANCE.createYearBudget();
			added.setFiscalYear(year);
			added.setNoBudget(value.noBudget());
			added.setAmount(value.noBudget() ? null : value.amount());
			Command add = AddCommand.create(domain, project, PlanPackage.Literals.PROJECT__BUDGETS, added);
			CompoundCommand c = new CompoundCommand(label);
			c.append(add);
			return c;
		}
		CompoundCommand c = new CompoundCommand(label);
		if (budget.isNoBudget() != value.noBudget()) {
			c.append(SetCommand.create(domain, budget, PlanPackage.Literals.YEAR_BUDGET__NO_BUDGET, value.noBudget()));
		}
		if (value.noBudget()) {
			if (budget.getAmount() != null) {
				c.append(SetCommand.create(domain, budget, PlanPackage.Literals.YEAR_BUDGET__AMOUNT, null));
			}
		} else if (budget.getAmount() == null || budget.getAmount().compareTo(value.amount()) != 0) {
			c.append(SetCommand.create(domain, budget, PlanPackage.Literals.YEAR_BUDGET__AMOUNT, value.amount()));
		}
		return c.isEmpty() ? null : c;
	}
}
