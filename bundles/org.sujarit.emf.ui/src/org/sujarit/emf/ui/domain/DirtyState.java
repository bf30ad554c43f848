package org.sujarit.emf.ui.domain;

import java.util.EventObject;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Whether the model differs from what was last saved, from the command stack's save point: undoing back to the save
 * point makes the editor clean again. Calls the listener (e.g. firePropertyChange(PROP_DIRTY)) whenever that may
 * have changed.
 */
public class DirtyState implements CommandStackListener {

	private final CommandStack stack;
	private final Runnable onChange;

	public DirtyState(CommandStack stack, Runnable onChange) {
		this.stack = stack;
		this.onChange = onChange;
		stack.addCommandStackListener(this);
	}

	public boolean isDirty() {
		return stack instanceof BasicCommandStack b ? b.isSaveNeeded() : stack.getUndoCommand() != null;
	}

	/** Call after a successful save: the current command becomes the save point. */
	public void saved() {
		if (stack instanceof BasicCommandStack b) {
			b.saveIsDone();
		}
		onChange.run();
	}

	@Override
	public void commandStackChanged(EventObject event) {
		onChange.run();
	}

	public void dispose() {
		stack.removeCommandStackListener(this);
	}
}
