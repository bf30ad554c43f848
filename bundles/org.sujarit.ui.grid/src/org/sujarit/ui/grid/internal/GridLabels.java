package org.sujarit.ui.grid.internal;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.sujarit.ui.grid.internal.PlanRow.GroupRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRow.TotalRow;

/**
 * Config labels shared by the plan grids. Row labels say what a row is (styles hang on them); column labels are
 * added by each page's own accumulator.
 */
public class GridLabels implements IConfigLabelAccumulator {

	public static final String ROW_DIMENSION = "ROW_DIMENSION"; //$NON-NLS-1$
	public static final String ROW_MISSION = "ROW_MISSION"; //$NON-NLS-1$
	public static final String ROW_PROJECT = "ROW_PROJECT"; //$NON-NLS-1$
	public static final String ROW_TOTAL = "ROW_TOTAL"; //$NON-NLS-1$
	public static final String COL_NAME = "COL_NAME"; //$NON-NLS-1$
	public static final String MONEY = "MONEY"; //$NON-NLS-1$
	public static final String CENTER = "CENTER"; //$NON-NLS-1$
	/** Free text (remarks, notes): left-aligned. */
	public static final String TEXT = "TEXT"; //$NON-NLS-1$
	public static final String EDITABLE = "EDITABLE"; //$NON-NLS-1$
	/** A project of a plug-in that is not installed: greyed, italic, never editable. */
	public static final String READ_ONLY = "READ_ONLY"; //$NON-NLS-1$

	/** A row with a validation error / warning (name cell only; styled red / orange). */
	public static final String PROBLEM_ERROR = "PROBLEM_ERROR"; //$NON-NLS-1$
	public static final String PROBLEM_WARNING = "PROBLEM_WARNING"; //$NON-NLS-1$

	protected final PlanRows rows;
	private Problems problems;

	public GridLabels(PlanRows rows) {
		this.rows = rows;
	}

	public void setProblems(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void accumulateConfigLabels(LabelStack labels, int columnPosition, int rowPosition) {
		if (!rows.isValidIndex(rowPosition)) {
			return;
		}
		PlanRow row = rows.get(rowPosition);
		switch (row) {
		case GroupRow g -> labels.add(g.depth() == 0 ? ROW_DIMENSION : ROW_MISSION);
		case ProjectRow p -> labels.add(ROW_PROJECT);
		case TotalRow t -> labels.add(ROW_TOTAL);
		}
		if (columnPosition == 0) {
			if (problems != null) {
				EObject object = switch (row) {
				case GroupRow g -> g.container();
				case ProjectRow p -> p.project();
				case TotalRow t -> null;
				};
				int severity = object == null ? Diagnostic.OK : problems.severityOf(object);
				if (severity >= Diagnostic.ERROR) {
					labels.addLabelOnTop(PROBLEM_ERROR);
				} else if (severity >= Diagnostic.WARNING) {
					labels.addLabelOnTop(PROBLEM_WARNING);
				}
			}
			labels.add(COL_NAME);
		} else {
			accumulateColumnLabels(labels, columnPosition, row);
		}
		if (row instanceof ProjectRow p && p.readOnly()) {
			labels.removeLabel(EDITABLE);
			labels.addLabelOnTop(READ_ONLY);
		}
	}

	/** Page-specific labels of a non-name cell (by default none). */
	protected void accumulateColumnLabels(LabelStack labels, int column, PlanRow row) {
	}
}
