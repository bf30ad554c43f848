package org.sujarit.emf.ui.dnd;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.sujarit.emf.ui.domain.GuardedEditingDomain;

/** Lets the selection of a viewer be dragged (within the application) as a {@link LocalSelectionTransfer}. */
public class ViewerDragSource extends DragSourceAdapter {

	public static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

	private final StructuredViewer viewer;

	public static void install(StructuredViewer viewer) {
		viewer.addDragSupport(OPERATIONS, new Transfer[] { LocalSelectionTransfer.getTransfer() }, new ViewerDragSource(viewer));
	}

	ViewerDragSource(StructuredViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		IStructuredSelection s = viewer.getStructuredSelection();
		// read-only objects (see GuardedEditingDomain) are not picked up at all
		event.doit = !s.isEmpty() && s.toList().stream().noneMatch(GuardedEditingDomain::isReadOnlyInDomain);
		LocalSelectionTransfer.getTransfer().setSelection(s);
	}

	@Override
	public void dragSetData(DragSourceEvent event) {
		event.data = LocalSelectionTransfer.getTransfer().getSelection();
	}

	@Override
	public void dragFinished(DragSourceEvent event) {
		LocalSelectionTransfer.getTransfer().setSelection(null);
	}
}
