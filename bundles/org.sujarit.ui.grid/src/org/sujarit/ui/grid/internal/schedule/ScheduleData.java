package org.sujarit.ui.grid.internal.schedule;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.PlanRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRow.TotalRow;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.RowText;

/**
 * Body data of the schedule grid: name, quarters 1-4 (a tick per project; the last row counts the projects per
 * quarter with {@code Plan.countInQuarter}), responsible unit. Ticking executes an EMF command.
 */
public final class ScheduleData implements IDataProvider {

	public static final int UNIT_COLUMN = 5;

	private final Plan plan;
	private final PlanRows rows;
	private final EditingDomain domain;
	private final Consumer<Command> executor;

	public ScheduleData(Plan plan, PlanRows rows, EditingDomain domain, Consumer<Command> executor) {
		this.plan = plan;
		this.rows = rows;
		this.domain = domain;
		this.executor = executor;
	}

	public static boolean isQuarterColumn(int column) {
		return column >= 1 && column <= 4;
	}

	@Override
	public Object getDataValue(int column, int row) {
		if (!rows.isValidIndex(row)) {
			return null;
		}
		PlanRow r = rows.get(row);
		if (column == 0) {
			return r instanceof TotalRow ? NLS.bind(Messages.Schedule_countRow, plan.projectCount()) : RowText.of(plan, r);
		}
		if (isQuarterColumn(column)) {
			return switch (r) {
			case ProjectRow p -> p.project().runsInQuarter(column);
			case TotalRow t -> plan.countInQuarter(column);
			default -> null;
			};
		}
		if (column == UNIT_COLUMN && r instanceof ProjectRow p) {
			return unitName(p.project());
		}
		return null;
	}

	private static String unitName(Project p) {
		OrganizationUnit u = p.getResponsibleUnit();
		if (u == null) {
			return ""; //$NON-NLS-1$
		}
		OrganizationUnit top = u.getTopUnit();
		String s = top.getShortName() != null && !top.getShortName().isBlank() ? top.getShortName() : top.getName();
		return s == null ? "" : s; //$NON-NLS-1$
	}

	public boolean isEditable(int column, int row) {
		return isQuarterColumn(column) && rows.isValidIndex(row) && rows.get(row) instanceof ProjectRow p && !p.readOnly();
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		if (isEditable(column, row) && newValue instanceof Boolean run) {
			Command c = ScheduleCommands.setQuarter(domain, ((ProjectRow) rows.get(row)).project(), column, run);
			if (c != null) {
				executor.accept(c);
			}
		}
	}

	@Override
	public int getColumnCount() {
		return 6;
	}

	@Override
	public int getRowCount() {
		return rows.size();
	}
}
