package org.sujarit.emf.ui.dnd;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drops dragged model objects onto a viewer item as an EMF {@link DragAndDropCommand}: the item providers decide
 * whether it means move, copy or link and whether the objects go into, before or after the target; the viewer shows
 * that as drop feedback. The drop executes on the domain's command stack (undoable).
 */
public class DomainDropAdapter extends DropTargetAdapter {

	private final EditingDomain domain;
	private Command command;
	private Object commandTarget;
	private float commandLocation;
	private int commandOperation;

	public static void install(EditingDomain domain, StructuredViewer viewer) {
		viewer.addDropSupport(ViewerDragSource.OPERATIONS, new Transfer[] { LocalSelectionTransfer.getTransfer() },
				new DomainDropAdapter(domain));
	}

	public DomainDropAdapter(EditingDomain domain) {
		this.domain = domain;
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		update(event);
	}

	@Override
	public void dragOver(DropTargetEvent event) {
		update(event);
	}

	@Override
	public void dragOperationChanged(DropTargetEvent event) {
		update(event);
	}

	@Override
	public void dragLeave(DropTargetEvent event) {
		dispose();
	}

	@Override
	public void drop(DropTargetEvent event) {
		update(event);
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
			command = null;
		} else {
			event.detail = DND.DROP_NONE;
		}
		dispose();
	}

	private void update(DropTargetEvent event) {
		Collection<?> source = dragged();
		Object target = event.item == null ? null : event.item.getData();
		if (source.isEmpty() || target == null) {
			event.detail = DND.DROP_NONE;
			event.feedback = DND.FEEDBACK_SCROLL;
			return;
		}
		float location = location(event);
		int operation = event.detail == DND.DROP_NONE ? DND.DROP_MOVE : event.detail;
		if (command == null || target != commandTarget || location != commandLocation || operation != commandOperation) {
			dispose();
			command = DragAndDropCommand.create(domain, target, location, event.operations, operation, source);
			commandTarget = target;
			commandLocation = location;
			commandOperation = operation;
		}
		if (command.canExecute() && command instanceof DragAndDropFeedback f) {
			event.detail = f.getOperation();
			event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND | feedback(f.getFeedback());
		} else {
			event.detail = DND.DROP_NONE;
			event.feedback = DND.FEEDBACK_SCROLL;
		}
	}

	/** Where in the target item the pointer is, 0 (top) to 1 (bottom), as DragAndDropCommand wants it. */
	static float location(DropTargetEvent event) {
		if (!(event.item instanceof Item item) || !(item instanceof TreeItem treeItem)) {
			return 0.5f;
		}
		Rectangle bounds = treeItem.getBounds();
		org.eclipse.swt.graphics.Point p = treeItem.getParent().toControl(event.x, event.y);
		return bounds.height == 0 ? 0.5f : Math.max(0f, Math.min(1f, (p.y - bounds.y) / (float) bounds.height));
	}

	static int feedback(int emfFeedback) {
		if ((emfFeedback & DragAndDropFeedback.FEEDBACK_INSERT_BEFORE) != 0) {
			return DND.FEEDBACK_INSERT_BEFORE;
		}
		if ((emfFeedback & DragAndDropFeedback.FEEDBACK_INSERT_AFTER) != 0) {
			return DND.FEEDBACK_INSERT_AFTER;
		}
		return (emfFeedback & DragAndDropFeedback.FEEDBACK_SELECT) != 0 ? DND.FEEDBACK_SELECT : DND.FEEDBACK_NONE;
	}

	private static Collection<?> dragged() {
		ISelection s = LocalSelectionTransfer.getTransfer().getSelection();
		return s instanceof IStructuredSelection ss ? ss.toList() : List.of();
	}

	private void dispose() {
		if (command != null) {
			command.dispose();
			command = null;
		}
		commandTarget = null;
	}
}
