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

/** Undoes the most recent command of an editing domain; its label names the command ("Undo Set Name"). */
public class UndoAction extends Action implements CommandStackListener {

	private final EditingDomain domain;

	public UndoAction(EditingDomain domain) {
		super(Messages.undo);
		this.domain = domain;
		setId(ActionFactory.UNDO.getId());
		setActionDefinitionId("org.eclipse.ui.edit.undo");
		if (PlatformUI.isWorkbenchRunning()) {
			setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		}
		domain.getCommandStack().addCommandStackListener(this);
		update();
	}

	@Override
	public void run() {
		domain.getCommandStack().undo();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	public void update() {
		CommandStack stack = domain.getCommandStack();
		setEnabled(stack.canUndo());
		Command c = stack.getUndoCommand();
		setText(c == null || c.getLabel() == null ? Messages.undo : NLS.bind(Messages.undoCommand, c.getLabel()));
		setToolTipText(c == null ? null : c.getDescription());
	}

	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
	}
}
