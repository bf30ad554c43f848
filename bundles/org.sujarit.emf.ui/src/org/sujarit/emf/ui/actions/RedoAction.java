package org.sujarit.emf.ui.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.sujarit.emf.ui.Messages;

/** Redoes the most recently undone command of an editing domain; its label names the command ("Redo Set Name"). */
public class RedoAction extends Action implements CommandStackListener {

	private final EditingDomain domain;

	public RedoAction(EditingDomain domain) {
		super(Messages.redo);
		this.domain = domain;
		setId(ActionFactory.REDO.getId());
		setActionDefinitionId("org.eclipse.ui.edit.redo");
		if (PlatformUI.isWorkbenchRunning()) {
			setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		}
		domain.getCommandStack().addCommandStackListener(this);
		update();
	}

	@Override
	public void run() {
		domain.getCommandStack().redo();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	public void update() {
		CommandStack stack = domain.getCommandStack();
		setEnabled(stack.canRedo());
		Command c = stack.getRedoCommand();
		setText(c == null || c.getLabel() == null ? Messages.redo : NLS.bind(Messages.redoCommand, c.getLabel()));
		setToolTipText(c == null ? null : c.getDescription());
	}

	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
	}
}
