package org.sujarit.emf.ui.domain;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The one selection provider of a multi-page editor: it forwards the selection of whichever page's viewer is
 * current, so the Properties and Outline views follow the page the user works in.
 */
public class SelectionForwarder implements ISelectionProvider, ISelectionChangedListener {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelectionProvider delegate;
	private ISelection selection = StructuredSelection.EMPTY;

	public void setDelegate(ISelectionProvider provider) {
		if (delegate == provider) {
			return;
		}
		if (delegate != null) {
			delegate.removeSelectionChangedListener(this);
		}
		delegate = provider;
		if (provider != null) {
			provider.addSelectionChangedListener(this);
			fire(provider.getSelection());
		}
	}

	public ISelectionProvider getDelegate() {
		return delegate;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		fire(event.getSelection());
	}

	private void fire(ISelection s) {
		selection = s == null ? StructuredSelection.EMPTY : s;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection s) {
		if (delegate != null) {
			delegate.setSelection(s);
		} else {
			fire(s);
		}
	}
}
