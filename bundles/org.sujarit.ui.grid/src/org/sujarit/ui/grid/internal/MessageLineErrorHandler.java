package org.sujarit.ui.grid.internal;

import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;

/**
 * Refuses invalid input in a cell editor by showing the converter's localized message in the grid's message line
 * (no modal dialog, no exception); the editor stays open so the user can correct or cancel with Esc.
 */
public final class MessageLineErrorHandler implements IEditErrorHandler {

	private final MessageLine line;

	public MessageLineErrorHandler(MessageLine line) {
		this.line = line;
	}

	@Override
	public void removeError(ICellEditor cellEditor) {
		if (line.isError()) {
			line.clear();
		}
	}

	@Override
	public void displayError(ICellEditor cellEditor, Exception e) {
		line.showError(e.getLocalizedMessage());
	}
}
