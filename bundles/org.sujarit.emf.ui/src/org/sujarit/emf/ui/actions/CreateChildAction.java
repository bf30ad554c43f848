package org.sujarit.emf.ui.actions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.sujarit.emf.ui.viewers.ItemImages;

/**
 * Creates one kind of child (a new-child descriptor of the item providers) in an owner, or — for a sibling — in the
 * selected object's parent. Text and icon come from the command, i.e. from the edit bundle's labels.
 */
public class CreateChildAction extends Action {

	private final EditingDomain domain;
	private final Command command;

	/**
	 * @param owner the object that receives the child (the selection's parent for a sibling)
	 * @param descriptor one of {@code domain.getNewChildDescriptors(..)}
	 * @param selection the selection the command is created for (a sibling goes after it)
	 */
	public CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection) {
		this.domain = domain;
		this.command = CreateChildCommand.create(domain, owner, descriptor, List.copyOf(selection));
		if (command instanceof CommandActionDelegate d) {
			setText(d.getText());
			setToolTipText(d.getToolTipText());
			setImageDescriptor(ItemImages.descriptorOf(d.getImage()));
		}
		setEnabled(command.canExecute());
	}

	public Command getCommand() {
		return command;
	}

	@Override
	public void run() {
		domain.getCommandStack().execute(command);
	}
}
