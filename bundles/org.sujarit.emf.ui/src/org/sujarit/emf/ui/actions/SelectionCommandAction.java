package org.sujarit.emf.ui.actions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * An action that turns the current selection into one EMF command on an editing domain: enabled exactly when the
 * command can execute, and run through the domain's command stack (so it is undoable). Subclasses only say which
 * command.
 */
public abstract class SelectionCommandAction extends Action implements ISelectionChangedListener {

	protected final EditingDomain domain;
	private List<?> selection = List.of();
	private Command command = UnexecutableCommand.INSTANCE;

	protected SelectionCommandAction(EditingDomain domain, String text) {
		super(text);
		this.domain = domain;
		setEnabled(false);
	}

	/** The command for the selected objects; may be {@link UnexecutableCommand#INSTANCE}. */
	protected abstract Command createCommand(Collection<?> selection);

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		selectionChanged(event.getSelection());
	}

	public void selectionChanged(ISelection s) {
		selection = s instanceof IStructuredSelection ss ? ss.toList() : List.of();
		if (command != null) {
			command.dispose();
		}
		command = selection.isEmpty() ? UnexecutableCommand.INSTANCE : createCommand(selection);
		setEnabled(command != null && command.canExecute());
	}

	@Override
	public void run() {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
			// a command is executed once: prepare a fresh one for the same selection
			command = null;
			selectionChanged(new org.eclipse.jface.viewers.StructuredSelection(selection));
		}
	}

	protected List<?> getSelection() {
		return selection;
	}
}
