package org.sujarit.emf.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.actions.ActionFactory;
import org.sujarit.emf.ui.Messages;

/** Removes the selected objects to the editing domain's clipboard. */
public class CutAction extends SelectionCommandAction {

	public CutAction(EditingDomain domain) {
		super(domain, Messages.cut);
		setId(ActionFactory.CUT.getId());
		setActionDefinitionId("org.eclipse.ui.edit.cut");
	}

	@Override
	protected Command createCommand(Collection<?> selection) {
		return CutToClipboardCommand.create(domain, selection);
	}
}
