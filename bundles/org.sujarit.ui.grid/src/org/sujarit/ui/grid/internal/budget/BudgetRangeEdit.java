package org.sujarit.ui.grid.internal.budget;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.osgi.util.NLS;
import org.sujarit.ui.grid.internal.Messages;

/**
 * Puts text into a range of budget cells as ONE compound EMF command, so a single undo reverts the whole paste or
 * clear. All-or-nothing: if any cell's text is not a budget, nothing changes and the reason names the cell.
 */
public final class BudgetRangeEdit {

	/** Result of preparing a range edit: a command (possibly null when nothing changes) or an error message. */
	public record Prepared(Command command, String error, int cells) {
	}

	private final SelectionLayer selection;
	private final BudgetData data;

	public BudgetRangeEdit(SelectionLayer selection, BudgetData data) {
		this.selection = selection;
		this.data = data;
	}

	/**
	 * Lays a block of text (rows of tab-separated cells, as spreadsheets and NatTable copy it) onto the grid from the
	 * selection anchor; a single value fills every selected cell instead.
	 */
	public Prepared paste(String clipboardText) {
		String[][] block = parseBlock(clipboardText);
		if (block.length == 0) {
			return new Prepared(null, null, 0);
		}
		CompoundCommand compound = new CompoundCommand(Messages.Budget_pasteLabel);
		int cells = 0;
		PositionCoordinate[] selected = selection.getSelectedCellPositions();
		if (block.length == 1 && block[0].length == 1 && selected.length > 1) {
			for (PositionCoordinate p : selected) {
				String error = append(compound, p.getColumnPosition(), p.getRowPosition(), block[0][0]);
				if (error != null) {
					return new Prepared(null, error, 0);
				}
				cells++;
			}
		} else {
			PositionCoordinate anchor = selection.getSelectionAnchor();
			if (anchor == null || anchor.getColumnPosition() < 0 || anchor.getRowPosition() < 0) {
				return new Prepared(null, Messages.Budget_pasteNoTarget, 0);
			}
			for (int r = 0; r < block.length; r++) {
				for (int c = 0; c < block[r].length; c++) {
					int colPos = anchor.getColumnPosition() + c;
					int rowPos = anchor.getRowPosition() + r;
					if (colPos >= selection.getColumnCount() || rowPos >= selection.getRowCount()) {
						continue;
					}
					String error = append(compound, colPos, rowPos, block[r][c]);
					if (error != null) {
						return new Prepared(null, error, 0);
					}
					cells++;
				}
			}
		}
		return new Prepared(compound.isEmpty() ? null : compound.unwrap(), null, cells);
	}

	/** Sets every selected project cell to "ไม่ใช้งบฯ" (the Delete key). */
	public Prepared clearSelection() {
		CompoundCommand compound = new CompoundCommand(Messages.Budget_clearLabel);
		for (PositionCoordinate p : selection.getSelectedCellPositions()) {
			append(compound, p.getColumnPosition(), p.getRowPosition(), ""); //$NON-NLS-1$
		}
		return new Prepared(compound.isEmpty() ? null : compound.unwrap(), null, 0);
	}

	/** Adds the command for one cell; group, total and name cells are skipped (they are computed or not budgets). */
	private String append(CompoundCommand compound, int columnPosition, int rowPosition, String text) {
		int column = selection.getColumnIndexByPosition(columnPosition);
		int row = selection.getRowIndexByPosition(rowPosition);
		if (!data.isEditable(column, row)) {
			return null;
		}
		BudgetValue value;
		try {
			value = BudgetText.parse(text);
		} catch (ConversionFailedException e) {
			return NLS.bind(Messages.Budget_pasteRefused, data.yearOf(column), e.getMessage());
		}
		Command c = data.commandFor(column, row, value);
		if (c != null) {
			compound.append(c);
		}
		return null;
	}

	static String[][] parseBlock(String text) {
		if (text == null || text.isEmpty()) {
			return new String[0][];
		}
		String[] lines = text.split("\r\n|\n|\r", -1); //$NON-NLS-1$
		int n = lines.length;
		if (n > 0 && lines[n - 1].isEmpty()) {
			n--; // spreadsheets end a copied block with a line break
		}
		List<String[]> result = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			result.add(lines[i].split("\t", -1)); //$NON-NLS-1$
		}
		return result.toArray(new String[0][]);
	}
}
