package org.sujarit.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.ui.editor.PlanEditor;

/** Plan > Validate: validates the active plan and shows the Problems view. */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			editor.validate(true);
		}
		return null;
	}
}
