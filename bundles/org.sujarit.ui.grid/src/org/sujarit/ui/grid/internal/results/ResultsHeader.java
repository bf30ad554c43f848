package org.sujarit.ui.grid.internal.results;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.sujarit.ui.grid.internal.Messages;

/** Column headers of the results grid. */
public final class ResultsHeader implements IDataProvider {

	@Override
	public Object getDataValue(int column, int row) {
		return switch (column) {
		case 0 -> Messages.Budget_projectColumn;
		case ResultsData.BUDGET -> Messages.Results_budgetColumn;
		case ResultsData.STATUS -> Messages.Results_statusColumn;
		case ResultsData.DISBURSED -> Messages.Results_disbursedColumn;
		default -> Messages.Results_remarkColumn;
		};
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getColumnCount() {
		return 5;
	}

	@Override
	public int getRowCount() {
		return 1;
	}
}
