package org.sujarit.ui.grid.internal.schedule;

import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.osgi.util.NLS;
import org.sujarit.ui.grid.internal.Digits;
import org.sujarit.ui.grid.internal.Messages;

/** Column headers of the schedule grid. */
public final class ScheduleHeader implements IDataProvider {

	private final BooleanSupplier thaiDigits;

	public ScheduleHeader(BooleanSupplier thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	@Override
	public Object getDataValue(int column, int row) {
		String text;
		if (column == 0) {
			text = Messages.Budget_projectColumn;
		} else if (ScheduleData.isQuarterColumn(column)) {
			text = NLS.bind(Messages.Schedule_quarterColumn, column);
		} else {
			text = Messages.Schedule_unitColumn;
		}
		return Digits.apply(text, thaiDigits.getAsBoolean());
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getColumnCount() {
		return 6;
	}

	@Override
	public int getRowCount() {
		return 1;
	}
}
