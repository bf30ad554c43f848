package org.sujarit.emf.ui.viewers;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Tree content of EMF objects taken from their item providers ({@link ITreeItemContentProvider}). The input may be a
 * {@link ResourceSet}, a {@link Resource}, a collection of roots or any object with an item provider. The provider
 * listens to the adapter factory's change notifications and refreshes or relabels just the affected elements,
 * batching all notifications of one command into a single asynchronous viewer update.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;
	private final Set<Object> pendingRefresh = new LinkedHashSet<>();
	private final Set<Object> pendingLabels = new LinkedHashSet<>();
	private boolean updateScheduled;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		this.viewer = viewer instanceof StructuredViewer sv ? sv : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof ResourceSet rs) {
			return rs.getResources().toArray();
		}
		if (input instanceof Resource r) {
			return r.getContents().toArray();
		}
		if (input instanceof Collection<?> roots) {
			return roots.toArray();
		}
		Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider p ? p.getElements(input).toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof Resource r) {
			return r.getContents().toArray();
		}
		ITreeItemContentProvider p = treeProvider(element);
		return p == null ? new Object[0] : p.getChildren(element).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider p = treeProvider(element);
		return p == null ? null : p.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Resource r) {
			return !r.getContents().isEmpty();
		}
		ITreeItemContentProvider p = treeProvider(element);
		return p != null && p.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider p ? p : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (notification instanceof IViewerNotification vn) {
			Object element = vn.getElement();
			if (vn.isContentRefresh()) {
				pendingRefresh.add(element == null ? this : element);
			} else if (vn.isLabelUpdate() && element != null) {
				pendingLabels.add(element);
			}
		} else if (notification.getNotifier() != null) {
			pendingLabels.add(notification.getNotifier());
		}
		scheduleUpdate();
	}

	private void scheduleUpdate() {
		if (updateScheduled) {
			return;
		}
		updateScheduled = true;
		Control control = viewer.getControl();
		control.getDisplay().asyncExec(this::flush);
	}

	/** Applies all updates collected since the last flush (public so tests can flush without spinning the loop). */
	public void flush() {
		updateScheduled = false;
		if (viewer == null || viewer.getControl().isDisposed()) {
			pendingRefresh.clear();
			pendingLabels.clear();
			return;
		}
		if (pendingRefresh.remove(this)) {
			pendingRefresh.clear();
			viewer.refresh();
		} else {
			for (Object element : pendingRefresh) {
				viewer.refresh(element, true);
			}
		}
		pendingLabels.removeAll(pendingRefresh);
		if (!pendingLabels.isEmpty()) {
			viewer.update(pendingLabels.toArray(), null);
		}
		pendingRefresh.clear();
		pendingLabels.clear();
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
