package org.sujarit.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.Page;
import org.sujarit.document.PlanProblems;
import org.sujarit.ui.Messages;

/**
 * The Problems view's page for one part: severity, message and object of each problem of the part's
 * {@link PlanProblems}, refreshed after every validation. Double-click activates the part and reveals the object.
 */
public class ProblemsPage extends Page {

	private final IWorkbenchPart part;
	private final PlanProblems problems;
	private final Consumer<PlanProblems> listener = p -> refreshLater();
	private TableViewer viewer;

	public ProblemsPage(IWorkbenchPart part, PlanProblems problems) {
		this.part = part;
		this.problems = problems;
	}

	@Override
	public void createControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.problemMessage, 640, Diagnostic::getMessage, this::icon);
		column(Messages.problemObject, 320, this::objectLabel, d -> null);
		viewer.addDoubleClickListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof Diagnostic d) {
				reveal(d);
			}
		});
		problems.addListener(listener);
		refresh();
	}

	private interface Text {
		String of(Diagnostic d);
	}

	private interface Icon {
		Image of(Diagnostic d);
	}

	private void column(String title, int width, Text text, Icon icon) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((Diagnostic) element);
			}

			@Override
			public Image getImage(Object element) {
				return icon.of((Diagnostic) element);
			}
		});
	}

	private Image icon(Diagnostic d) {
		String key = d.getSeverity() >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
				: d.getSeverity() >= Diagnostic.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK;
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	private String objectLabel(Diagnostic d) {
		if (d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o)) {
			return "";
		}
		EditingDomain domain = Adapters.adapt(part, EditingDomain.class);
		Object lp = domain instanceof AdapterFactoryEditingDomain a ? a.getAdapterFactory().adapt(o, IItemLabelProvider.class) : null;
		return lp instanceof IItemLabelProvider l ? l.getText(o) : o.eClass().getName();
	}

	/** Validation may run off the UI thread: the table is refreshed on it. */
	private void refreshLater() {
		Display display = viewer == null || viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
		if (display == null) {
			return;
		}
		if (Display.getCurrent() == display) {
			refresh();
		} else {
			display.asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(List.copyOf(problems.getProblems()));
		if (getSite() != null && getSite().getPage() != null
				&& getSite().getPage().findView(ProblemsView.ID) instanceof ProblemsView view) {
			view.pageChanged(this);
		}
	}

	/** "plan.sujarit: 2 errors, 3 warnings" for the view's description. */
	String summary() {
		long errors = problems.errorCount();
		return NLS.bind(Messages.problemSummary, new Object[] { part.getTitle(), errors, problems.getProblems().size() - errors });
	}

	public void reveal(Diagnostic d) {
		if (!d.getData().isEmpty() && d.getData().get(0) instanceof EObject o) {
			part.getSite().getPage().activate(part);
			ISetSelectionTarget target = Adapters.adapt(part, ISetSelectionTarget.class);
			if (target != null) {
				target.selectReveal(new StructuredSelection(o));
			}
		}
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public IWorkbenchPart getPart() {
		return part;
	}

	@Override
	public Control getControl() {
		return viewer == null ? null : viewer.getControl();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		problems.removeListener(listener);
		super.dispose();
	}
}
