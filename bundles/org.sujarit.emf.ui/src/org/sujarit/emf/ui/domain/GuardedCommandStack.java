package org.sujarit.emf.ui.domain;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * A command stack that does not execute a command changing a read-only object, even one built with {@code new
 * SetCommand(...)} rather than through the domain (the grids do): compound commands and wrappers are looked into, and
 * the owners of set/add/remove/move/replace commands, and the objects they add or remove, are checked.
 */
public class GuardedCommandStack extends BasicCommandStack {

	private final Supplier<GuardedEditingDomain> domain;

	public GuardedCommandStack(Supplier<GuardedEditingDomain> domain) {
		this.domain = domain;
	}

	@Override
	public void execute(Command command) {
		GuardedEditingDomain d = domain.get();
		if (command != null && d != null && touchesReadOnly(d, command)) {
			return;
		}
		super.execute(command);
	}

	/** Whether the command (or a part of it) would change a read-only object. */
	public static boolean touchesReadOnly(GuardedEditingDomain d, Command command) {
		if (command instanceof CompoundCommand c) {
			for (Command part : c.getCommandList()) {
				if (touchesReadOnly(d, part)) {
					return true;
				}
			}
			return false;
		}
		if (command instanceof CommandWrapper w) {
			return w.getCommand() != null && touchesReadOnly(d, w.getCommand());
		}
		if (command instanceof SetCommand s) {
			return d.isReadOnly(s.getOwner());
		}
		if (command instanceof AddCommand a) {
			return d.isReadOnly(a.getOwner())
					|| d.anyReadOnly(a.getCollection(), GuardedEditingDomain.containmentOrUnknown(a.getFeature()));
		}
		if (command instanceof RemoveCommand r) {
			return d.isReadOnly(r.getOwner())
					|| d.anyReadOnly(r.getCollection(), GuardedEditingDomain.containmentOrUnknown(r.getFeature()));
		}
		if (command instanceof MoveCommand m) {
			return d.isReadOnly(m.getOwner());
		}
		if (command instanceof ReplaceCommand r) {
			return d.isReadOnly(r.getOwner()) || d.isReadOnlyTree(r.getValue());
		}
		return false;
	}
}
