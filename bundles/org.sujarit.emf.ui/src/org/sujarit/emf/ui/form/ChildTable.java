package org.sujarit.emf.ui.form;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sujarit.emf.ui.Messages;
import org.sujarit.emf.ui.properties.CellEditorFactory;
import org.sujarit.emf.ui.properties.ItemPropertyDescriptorAdapter;

/**
 * The children of one many-valued containment (a project's budgets or indicators) as an editable table: one column
 * per field of the child class's generated form section, cell editors from the bridge's {@link CellEditorFactory},
 * add / remove buttons; every change is a command on the editing domain.
 */
public class ChildTable {

	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final EReference reference;
	private final Composite box;
	private final Label title;
	private final TableViewer viewer;
	private final CellEditorFactory cellEditors = new CellEditorFactory();
	private EObject owner;

	private final AdapterImpl observer = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (!viewer.getControl().isDisposed()) {
				viewer.getControl().getDisplay().asyncExec(ChildTable.this::refresh);
			}
		}
	};

	public ChildTable(Composite parent, EditingDomain domain, AdapterFactory adapterFactory, EditorContribution contribution,
			EReference reference) {
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.reference = reference;
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(box);
		title = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.END).applyTo(title);
		Button add = new Button(box, SWT.PUSH);
		add.setText("+ " + Messages.add);
		add.addListener(SWT.Selection, e -> add());
		Button remove = new Button(box, SWT.PUSH);
		remove.setText("− " + Messages.remove);
		remove.addListener(SWT.Selection, e -> remove());
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(400, 130).applyTo(viewer.getControl());
		FormSection section = contribution.sectionFor(reference.getEReferenceType());
		List<FeatureField> fields = section == null ? List.of() : section.getFields();
		for (FeatureField field : fields) {
			column(field);
		}
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private void column(FeatureField field) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(field.feature().getName());
		column.getColumn().setData(field);
		boolean wide = field.kind() == FieldKind.MULTI_LINE || field.kind() == FieldKind.TEXT;
		column.getColumn().setWidth(wide ? 320 : 110);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EObject child = (EObject) element;
				IItemPropertyDescriptor d = PropertyDescriptors.find(adapterFactory, child, field.feature());
				Object value = child.eGet(field.feature());
				String text = d == null ? String.valueOf(value) : new ItemPropertyDescriptorAdapter(child, d, cellEditors)
						.getLabelProvider().getText(value);
				return text == null ? "" : text.replace('\n', ' ');
			}
		});
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				IItemPropertyDescriptor d = PropertyDescriptors.find(adapterFactory, (EObject) element, field.feature());
				return d == null ? null : cellEditors.create(viewer.getTable(), element, d,
						new ItemPropertyDescriptorAdapter(element, d, cellEditors).getLabelProvider());
			}

			@Override
			protected boolean canEdit(Object element) {
				IItemPropertyDescriptor d = PropertyDescriptors.find(adapterFactory, (EObject) element, field.feature());
				return d != null && d.canSetProperty(element);
			}

			@Override
			protected Object getValue(Object element) {
				return ((EObject) element).eGet(field.feature());
			}

			@Override
			protected void setValue(Object element, Object value) {
				Command c = SetCommand.create(domain, element, field.feature(), value);
				if (c.canExecute()) {
					domain.getCommandStack().execute(c);
				}
			}
		});
	}

	public void setOwner(EObject newOwner) {
		if (owner != null) {
			owner.eAdapters().remove(observer);
		}
		owner = newOwner;
		if (owner != null) {
			owner.eAdapters().add(observer);
			title.setText(PropertyDescriptors.label(adapterFactory, owner, reference));
			for (var col : viewer.getTable().getColumns()) {
				if (col.getData() instanceof FeatureField f) {
					EObject sample = EcoreUtil.create(reference.getEReferenceType());
					col.setText(PropertyDescriptors.label(adapterFactory, sample, f.feature()));
				}
			}
		}
		refresh();
	}

	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(owner == null ? List.of() : ((List<?>) owner.eGet(reference)).toArray());
		box.layout();
	}

	private void add() {
		if (owner == null || reference.getEReferenceType().isAbstract()) {
			return;
		}
		Command c = AddCommand.create(domain, owner, reference, EcoreUtil.create(reference.getEReferenceType()));
		if (c.canExecute()) {
			domain.getCommandStack().execute(c);
		}
	}

	private void remove() {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (!selected.isEmpty()) {
			Command c = DeleteCommand.create(domain, selected);
			if (c.canExecute()) {
				domain.getCommandStack().execute(c);
			}
		}
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public Control getControl() {
		return box;
	}

	public void dispose() {
		if (owner != null) {
			owner.eAdapters().remove(observer);
		}
	}
}
