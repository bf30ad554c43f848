package org.sujarit.emf.ui.actions;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The edit actions of one editing domain (undo, redo, cut, copy, paste, delete), kept in step with a selection
 * provider, installable as the workbench's global action handlers, and able to fill a context menu together with
 * the new-child / new-sibling sub-menus.
 */
public class DomainActions {

	private final EditingDomain domain;
	private final UndoAction undo;
	private final RedoAction redo;
	private final CutAction cut;
	private final CopyAction copy;
	private final PasteAction paste;
	private final DeleteAction delete;
	private ISelectionProvider selectionProvider;

	public DomainActions(EditingDomain domain) {
		this.domain = domain;
		undo = new UndoAction(domain);
		redo = new RedoAction(domain);
		cut = new CutAction(domain);
		copy = new CopyAction(domain);
		paste = new PasteAction(domain);
		delete = new DeleteAction(domain);
		// paste depends on the clipboard, which the stack changes: recompute after every command
		domain.getCommandStack().addCommandStackListener(e -> refresh());
	}

	private final org.eclipse.jface.viewers.ISelectionChangedListener listener = e -> selectionChanged(e.getSelection());

	/** Follows the selection of one provider (the editor's, which forwards the active page's). */
	public void track(ISelectionProvider provider) {
		if (selectionProvider != null) {
			selectionProvider.removeSelectionChangedListener(listener);
		}
		selectionProvider = provider;
		provider.addSelectionChangedListener(listener);
		selectionChanged(provider.getSelection());
	}

	public void selectionChanged(ISelection selection) {
		cut.selectionChanged(selection);
		copy.selectionChanged(selection);
		paste.selectionChanged(selection);
		delete.selectionChanged(selection);
	}

	private void refresh() {
		if (selectionProvider != null) {
			selectionChanged(selectionProvider.getSelection());
		}
	}

	/** Makes these actions the handlers of the workbench's Edit menu and key bindings. */
	public void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.updateActionBars();
	}

	/** New child / sibling sub-menus, then undo/redo and the clipboard actions. */
	public void fillContextMenu(IMenuManager menu) {
		ISelection s = selectionProvider == null ? null : selectionProvider.getSelection();
		List<?> selected = s instanceof IStructuredSelection ss ? ss.toList() : List.of();
		NewChildMenu.fill(menu, domain, selected);
		menu.add(new Separator("edit"));
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new Separator());
		menu.add(delete);
		menu.add(new Separator("additions"));
	}

	public UndoAction getUndo() {
		return undo;
	}

	public RedoAction getRedo() {
		return redo;
	}

	public DeleteAction getDelete() {
		return delete;
	}

	public CutAction getCut() {
		return cut;
	}

	public CopyAction getCopy() {
		return copy;
	}

	public PasteAction getPaste() {
		return paste;
	}

	public void dispose() {
		undo.dispose();
		redo.dispose();
	}
}
