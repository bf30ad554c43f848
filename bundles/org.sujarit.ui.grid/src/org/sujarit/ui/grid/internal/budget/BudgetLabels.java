package org.sujarit.ui.grid.internal.budget;

import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.sujarit.ui.grid.internal.GridLabels;
import org.sujarit.ui.grid.internal.PlanRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRows;

/** Every year column is money; project cells in it are editable. */
public final class BudgetLabels extends GridLabels {

	public BudgetLabels(PlanRows rows) {
		super(rows);
	}

	@Override
	protected void accumulateColumnLabels(LabelStack labels, int column, PlanRow row) {
		labels.add(MONEY);
		if (row instanceof ProjectRow) {
			labels.add(EDITABLE);
		}
	}
}
