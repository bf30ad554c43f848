package org.sujarit.emf.ui.actions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.sujarit.emf.ui.Messages;

/**
 * Fills "New Child" and "New Sibling" sub-menus for a one-object selection from the item providers'
 * new-child descriptors ({@link EditingDomain#getNewChildDescriptors}).
 */
public final class NewChildMenu {

	private NewChildMenu() {
	}

	public static void fill(IMenuManager menu, EditingDomain domain, List<?> selection) {
		if (selection.size() != 1) {
			return;
		}
		Object selected = selection.get(0);
		MenuManager children = new MenuManager(Messages.newChild, "org.sujarit.emf.ui.newChild");
		for (CreateChildAction a : childActions(domain, selected)) {
			children.add(a);
		}
		MenuManager siblings = new MenuManager(Messages.newSibling, "org.sujarit.emf.ui.newSibling");
		for (CreateChildAction a : siblingActions(domain, selected)) {
			siblings.add(a);
		}
		if (!children.isEmpty()) {
			menu.add(children);
		}
		if (!siblings.isEmpty()) {
			menu.add(siblings);
		}
	}

	public static List<CreateChildAction> childActions(EditingDomain domain, Object selected) {
		Collection<?> descriptors = domain.getNewChildDescriptors(selected, null);
		return descriptors.stream().map(d -> new CreateChildAction(domain, selected, d, List.of(selected))).toList();
	}

	public static List<CreateChildAction> siblingActions(EditingDomain domain, Object selected) {
		Object parent = domain.getParent(selected);
		if (parent == null || parent instanceof org.eclipse.emf.ecore.resource.Resource) {
			return List.of();
		}
		Collection<?> descriptors = domain.getNewChildDescriptors(null, selected);
		return descriptors.stream().map(d -> new CreateChildAction(domain, parent, d, List.of(selected))).toList();
	}
}
