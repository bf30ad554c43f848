package org.sujarit.ui.grid.internal.budget;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.sujarit.model.Plan;
import org.sujarit.ui.grid.internal.PlanRow;
import org.sujarit.ui.grid.internal.PlanRow.GroupRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRow.TotalRow;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.RowText;

/**
 * Body data of the budget grid: column 0 names the row, column 1..n is fiscal year n of the plan. Project cells hold a
 * {@link BudgetValue}; group and total cells hold the model's own derived totals
 * ({@code ProjectContainer.totalBudget(year)}, {@code Plan.totalBudget(year)}), read at paint time so they follow
 * every edit. Writing a project cell executes an EMF command; nothing is written to the model directly.
 */
public final class BudgetData implements IDataProvider {

	private final Plan plan;
	private final PlanRows rows;
	private final EditingDomain domain;
	private final Consumer<Command> executor;

	public BudgetData(Plan plan, PlanRows rows, EditingDomain domain, Consumer<Command> executor) {
		this.plan = plan;
		this.rows = rows;
		this.domain = domain;
		this.executor = executor;
	}

	public List<Integer> years() {
		return plan.getFiscalYears();
	}

	/** The fiscal year of a column, or -1 for the name column. */
	public int yearOf(int column) {
		List<Integer> years = years();
		return column >= 1 && column <= years.size() ? years.get(column - 1) : -1;
	}

	@Override
	public Object getDataValue(int column, int row) {
		if (!rows.isValidIndex(row)) {
			return null;
		}
		PlanRow r = rows.get(row);
		if (column == 0) {
			return RowText.of(plan, r);
		}
		int year = yearOf(column);
		if (year < 0) {
			return null;
		}
		return switch (r) {
		case GroupRow g -> g.container().totalBudget(year);
		case ProjectRow p -> BudgetValue.of(p.project().findBudget(year));
		case TotalRow t -> plan.totalBudget(year);
		};
	}

	/** True for the cells a user may edit: a project in a fiscal year. */
	public boolean isEditable(int column, int row) {
		return rows.isValidIndex(row) && rows.get(row) instanceof ProjectRow p && !p.readOnly() && yearOf(column) > 0;
	}

	/** The command that would put a value in a cell, or null when the cell is not editable or nothing changes. */
	public Command commandFor(int column, int row, BudgetValue value) {
		if (!isEditable(column, row)) {
			return null;
		}
		return BudgetCommands.set(domain, ((ProjectRow) rows.get(row)).project(), yearOf(column), value);
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		if (newValue instanceof BudgetValue v) {
			Command c = commandFor(column, row, v);
			if (c != null) {
				executor.accept(c);
			}
		}
	}

	@Override
	public int getColumnCount() {
		return 1 + years().size();
	}

	@Override
	public int getRowCount() {
		return rows.size();
	}
}
