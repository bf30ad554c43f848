package org.sujarit.ui.grid.internal.results;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultsRound;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.PlanRow;
import org.sujarit.ui.grid.internal.PlanRow.GroupRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRow.TotalRow;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.RowText;
import org.sujarit.ui.grid.internal.budget.BudgetValue;

/**
 * Body data of the results grid for the selected fiscal year and round: name, the year's budget (read-only),
 * status, disbursed, remark. Totals come from the model ({@code Plan.totalBudget}, {@code ResultsRound.totalDisbursed}).
 */
public final class ResultsData implements IDataProvider {

	public static final int BUDGET = 1, STATUS = 2, DISBURSED = 3, REMARK = 4;

	private final ResultsSelection selection;
	private final PlanRows rows;
	private final EditingDomain domain;
	private final Consumer<Command> executor;

	public ResultsData(ResultsSelection selection, PlanRows rows, EditingDomain domain, Consumer<Command> executor) {
		this.selection = selection;
		this.rows = rows;
		this.domain = domain;
		this.executor = executor;
	}

	@Override
	public Object getDataValue(int column, int row) {
		if (!rows.isValidIndex(row)) {
			return null;
		}
		PlanRow r = rows.get(row);
		int year = selection.year();
		ResultsRound round = selection.round();
		if (column == 0) {
			return r instanceof TotalRow ? NLS.bind(Messages.Results_totalRow, selection.plan().projectCount())
					: RowText.of(selection.plan(), r);
		}
		return switch (r) {
		case GroupRow g -> column == BUDGET ? g.container().totalBudget(year) : null;
		case TotalRow t -> column == BUDGET ? selection.plan().totalBudget(year)
				: column == DISBURSED && round != null ? round.totalDisbursed() : null;
		case ProjectRow p -> {
			if (column == BUDGET) {
				yield BudgetValue.of(p.project().findBudget(year));
			}
			ProjectResult result = round == null ? null : round.resultFor(p.project());
			EStructuralFeature f = feature(column);
			yield result == null || f == null ? null : result.eGet(f);
		}
		};
	}

	private static EStructuralFeature feature(int column) {
		return switch (column) {
		case STATUS -> PlanPackage.Literals.PROJECT_RESULT__STATUS;
		case DISBURSED -> PlanPackage.Literals.PROJECT_RESULT__DISBURSED;
		case REMARK -> PlanPackage.Literals.PROJECT_RESULT__REMARK;
		default -> null;
		};
	}

	public boolean isEditable(int column, int row) {
		return feature(column) != null && rows.isValidIndex(row) && rows.get(row) instanceof ProjectRow p && !p.readOnly();
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		if (!isEditable(column, row)) {
			return;
		}
		Object value = newValue instanceof String s && s.isBlank() ? null : newValue;
		Command c = ResultsCommands.setResult(domain, selection.plan(), selection.year(), selection.kind(),
				((ProjectRow) rows.get(row)).project(), feature(column), value);
		if (c != null) {
			executor.accept(c);
		}
	}

	@Override
	public int getColumnCount() {
		return 5;
	}

	@Override
	public int getRowCount() {
		return rows.size();
	}
}
