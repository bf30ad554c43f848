package org.sujarit.ui.editor;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.sujarit.emf.ui.actions.DomainActions;
import org.sujarit.emf.ui.dnd.DomainDropAdapter;
import org.sujarit.emf.ui.dnd.ViewerDragSource;
import org.sujarit.emf.ui.viewers.ItemProviderContentProvider;
import org.sujarit.document.PlanProblems;
import org.sujarit.ui.StartupClock;

/**
 * The Structure page: the plan's dimension → mission → sub-mission → project tree from the item providers, with
 * drag and drop (move) and the new-child / edit context menu. Problem markers are drawn on the labels.
 */
public class StructurePage {

	private final TreeViewer viewer;
	private final ItemProviderContentProvider content;
	private final MenuManager contextMenu;

	/** Id under which the plan editor registers the tree's context menu (plugin.xml: popup:ID?after=additions). */
	public static final String CONTEXT_MENU_ID = "org.sujarit.ui.planEditor.structure";

	public StructurePage(Composite parent, AdapterFactoryEditingDomain domain, PlanProblems markers, DomainActions actions) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		content = new ItemProviderContentProvider(domain.getAdapterFactory());
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DecoratingStyledCellLabelProvider(
				new MarkedLabelProvider(domain.getAdapterFactory(), markers), null, null));
		viewer.setUseHashlookup(true);
		ViewerDragSource.install(viewer);
		DomainDropAdapter.install(domain, viewer);
		MenuManager menu = new MenuManager("#PopupMenu", CONTEXT_MENU_ID);
		contextMenu = menu;
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fillContextMenu);
		Menu m = menu.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(m);
		Listener firstPaint = new Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event e) {
				if (viewer.getTree().getItemCount() > 0) {
					viewer.getTree().removeListener(SWT.Paint, this);
					StartupClock.planShown(String.valueOf(viewer.getInput()));
				}
			}
		};
		viewer.getTree().addListener(SWT.Paint, firstPaint);
	}

	public void setInput(Object input) {
		viewer.setInput(input);
		viewer.expandToLevel(3);
	}

	public MenuManager getContextMenu() {
		return contextMenu;
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public void refreshLabels() {
		viewer.refresh(true);
	}

	public void expandAll() {
		viewer.expandToLevel(AbstractTreeViewer.ALL_LEVELS);
	}
}
