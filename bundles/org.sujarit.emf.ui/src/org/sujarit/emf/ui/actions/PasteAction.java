package org.sujarit.emf.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.actions.ActionFactory;
import org.sujarit.emf.ui.Messages;

/** Pastes copies of the clipboard into the one selected object (the item provider decides which feature). */
public class PasteAction extends SelectionCommandAction {

	public PasteAction(EditingDomain domain) {
		super(domain, Messages.paste);
		setId(ActionFactory.PASTE.getId());
		setActionDefinitionId("org.eclipse.ui.edit.paste");
	}

	@Override
	protected Command createCommand(Collection<?> selection) {
		if (selection.size() != 1 || domain.getClipboard() == null || domain.getClipboard().isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return PasteFromClipboardCommand.create(domain, selection.iterator().next(), null);
	}
}
