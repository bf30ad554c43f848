package org.sujarit.ui.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.sujarit.emf.ui.viewers.ItemProviderContentProvider;

/**
 * The Outline: the plan tree (two levels open), labelled as in the Structure page (validation overlays, content of a
 * missing plug-in greyed and italic); selecting an element selects it in the editor.
 */
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
		viewer.setLabelProvider(new DecoratingStyledCellLabelProvider(
				new MarkedLabelProvider(domain.getAdapterFactory(), editor.getMarkers()), null, null));
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof org.eclipse.emf.ecore.EObject eo && viewer.getControl().isFocusControl()) {
				editor.showObject(eo);
			}
		});
	}

	/** Re-reads the labels (after a validation changed the problem marks). */
	public void refreshLabels() {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}
}
