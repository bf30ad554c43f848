package org.sujarit.ui.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.sujarit.emf.ui.viewers.ItemProviderContentProvider;
import org.sujarit.emf.ui.viewers.ItemProviderLabelProvider;

/** The Outline: the plan tree (two levels open); selecting an element selects it in the editor. */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
	private final AdapterFactoryEditingDomain domain;
	private final Resource resource;

	public PlanOutlinePage(PlanEditor editor, AdapterFactoryEditingDomain domain, Resource resource) {
		this.editor = editor;
		this.domain = domain;
		this.resource = resource;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemProviderContentProvider(domain.getAdapterFactory()));
		viewer.setLabelProvider(new ItemProviderLabelProvider(domain.getAdapterFactory()));
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof org.eclipse.emf.ecore.EObject eo && viewer.getControl().isFocusControl()) {
				editor.showObject(eo);
			}
		});
	}
}
