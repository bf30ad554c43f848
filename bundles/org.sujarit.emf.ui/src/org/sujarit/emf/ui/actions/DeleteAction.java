package org.sujarit.emf.ui.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sujarit.emf.ui.Messages;

/** Deletes the selected objects and every reference to them (EMF {@link DeleteCommand}). */
public class DeleteAction extends SelectionCommandAction {

	public DeleteAction(EditingDomain domain) {
		super(domain, Messages.delete);
		setId(ActionFactory.DELETE.getId());
		setActionDefinitionId("org.eclipse.ui.edit.delete");
		if (PlatformUI.isWorkbenchRunning()) {
			setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		}
	}

	@Override
	protected Command createCommand(Collection<?> selection) {
		return DeleteCommand.create(domain, selection);
	}
}
