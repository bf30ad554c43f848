package org.sujarit.ui.views;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.sujarit.ui.Messages;
import org.sujarit.ui.editor.PlanEditor;

/**
 * Validation problems of the active plan editor: severity, message, object. Double-click selects the object in the
 * editor's tree (a project opens on the Project page).
 */
public class ProblemsView extends ViewPart {

	public static final String ID = "org.sujarit.ui.problemsView";

	private TableViewer viewer;
	private PlanEditor editor;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.problemMessage, 640, d -> d.getMessage(), this::icon);
		column(Messages.problemObject, 320, this::objectLabel, d -> null);
		viewer.addDoubleClickListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof Diagnostic d) {
				reveal(d);
			}
		});
		getSite().setSelectionProvider(viewer);
		IWorkbenchPage page = getSite().getPage();
		if (page.getActiveEditor() instanceof PlanEditor pe) {
			show(pe);
		}
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
		if (editor == null || d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o)) {
			return "";
		}
		Object lp = ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain()).getAdapterFactory()
				.adapt(o, IItemLabelProvider.class);
		return lp instanceof IItemLabelProvider l ? l.getText(o) : o.eClass().getName();
	}

	/** Shows an editor's latest problems. */
	public void show(PlanEditor e) {
		editor = e;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Diagnostic> problems = e == null ? List.of() : e.getMarkers().getProblems();
		viewer.setInput(problems);
		long errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
		setContentDescription(e == null ? "" : org.eclipse.osgi.util.NLS.bind(Messages.problemSummary,
				new Object[] { e.getPartName(), errors, problems.size() - errors }));
	}

	public void reveal(Diagnostic d) {
		if (editor != null && !d.getData().isEmpty() && d.getData().get(0) instanceof EObject o) {
			editor.getSite().getPage().activate(editor);
			editor.showObject(o);
		}
	}

	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Called by an editor after validating; opens the view when asked. */
	public static void update(PlanEditor editor, boolean showView) {
		IWorkbenchPage page = editor.getSite().getPage();
		IViewPart part = page.findView(ID);
		if (part == null && showView) {
			try {
				part = page.showView(ID);
			} catch (PartInitException e) {
				return;
			}
		} else if (part != null && showView) {
			page.bringToTop(part);
		}
		if (part instanceof ProblemsView view) {
			view.show(editor);
		}
	}

	public static void editorClosed(PlanEditor editor) {
		IWorkbenchPage page = editor.getSite().getPage();
		if (page.findView(ID) instanceof ProblemsView view && view.editor == editor) {
			view.show(null);
		}
	}
}
