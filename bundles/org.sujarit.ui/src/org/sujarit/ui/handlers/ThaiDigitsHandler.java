package org.sujarit.ui.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.sujarit.ui.DigitsPreference;

/**
 * Plan > Thai Digits: flips the one digits preference, which every open plan editor follows (the grids show ๐-๙
 * instead of 0-9) and a newly opened editor starts with; the menu's check mark shows the preference.
 */
public class ThaiDigitsHandler extends AbstractHandler implements IElementUpdater {

	public static final String COMMAND_ID = "org.sujarit.ui.thaiDigits";

	private final Runnable stopListening;

	public ThaiDigitsHandler() {
		// the preference may change elsewhere (another window, a test, preference import): keep the check mark right
		stopListening = DigitsPreference.listen(thai -> {
			if (PlatformUI.isWorkbenchRunning()) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(ThaiDigitsHandler::refreshMenus);
			}
		});
	}

	@Override
	public Object execute(ExecutionEvent event) {
		DigitsPreference.setThai(!DigitsPreference.isThai());
		refreshMenus();
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setChecked(DigitsPreference.isThai());
	}

	static void refreshMenus() {
		if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getService(ICommandService.class) instanceof ICommandService s) {
			s.refreshElements(COMMAND_ID, null);
		}
	}

	@Override
	public void dispose() {
		stopListening.run();
		super.dispose();
	}
}
