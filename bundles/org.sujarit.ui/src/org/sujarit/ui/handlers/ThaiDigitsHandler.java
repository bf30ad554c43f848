package org.sujarit.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.ui.editor.PlanEditor;

/** Plan > Thai Digits: a toggle; the grids of the active plan show ๐-๙ instead of 0-9. */
public class ThaiDigitsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Command command = event.getCommand();
		boolean thai = !HandlerUtil.toggleCommandState(command);
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			editor.setThaiDigits(thai);
		}
		return null;
	}
}
