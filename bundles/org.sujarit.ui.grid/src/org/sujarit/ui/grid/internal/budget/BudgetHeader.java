package org.sujarit.ui.grid.internal.budget;

import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.osgi.util.NLS;
import org.sujarit.ui.grid.internal.Digits;
import org.sujarit.ui.grid.internal.Messages;

/** Column headers of the budget grid: the project column, then "ปี 2566 (บาท)" per fiscal year. */
public final class BudgetHeader implements IDataProvider {

	private final BudgetData body;
	private final BooleanSupplier thaiDigits;

	public BudgetHeader(BudgetData body, BooleanSupplier thaiDigits) {
		this.body = body;
		this.thaiDigits = thaiDigits;
	}

	@Override
	public Object getDataValue(int column, int row) {
		String text = column == 0 ? Messages.Budget_projectColumn
				: NLS.bind(Messages.Budget_yearColumn, String.valueOf(body.yearOf(column)));
		return Digits.apply(text, thaiDigits.getAsBoolean());
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getColumnCount() {
		return body.getColumnCount();
	}

	@Override
	public int getRowCount() {
		return 1;
	}
}
