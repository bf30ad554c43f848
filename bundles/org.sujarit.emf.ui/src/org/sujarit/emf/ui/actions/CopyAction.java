package org.sujarit.emf.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.actions.ActionFactory;
import org.sujarit.emf.ui.Messages;

/** Puts copies of the selected objects on the editing domain's clipboard. */
public class CopyAction extends SelectionCommandAction {

	public CopyAction(EditingDomain domain) {
		super(domain, Messages.copy);
		setId(ActionFactory.COPY.getId());
		setActionDefinitionId("org.eclipse.ui.edit.copy");
	}

	@Override
	protected Command createCommand(Collection<?> selection) {
		return CopyToClipboardCommand.create(domain, selection);
	}
}
