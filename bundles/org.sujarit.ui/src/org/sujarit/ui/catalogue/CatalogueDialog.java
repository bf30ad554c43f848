package org.sujarit.ui.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.model.ProjectContainer;

/** Lists catalogue entries with check boxes (code, kind, name; outputs as tool tip); the result is the ticked ones. */
public class CatalogueDialog extends TitleAreaDialog {

	private final FrameworkDescriptor framework;
	private final ProjectContainer container;
	private final List<CatalogueEntry> entries;
	private CheckboxTableViewer viewer;
	private List<CatalogueEntry> result = List.of();

	public CatalogueDialog(Shell parent, FrameworkDescriptor framework, ProjectContainer container,
			List<CatalogueEntry> entries) {
		super(parent);
		this.framework = framework;
		this.container = container;
		this.entries = List.copyOf(entries);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.dialogTitle);
		setMessage(NLS.bind(Messages.dialogMessage,
				new Object[] { CatalogueLabels.name(framework), container.getCode(), CatalogueLabels.name(container) }));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		body.setLayout(new GridLayout(2, false));

		Composite tableBox = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 360).applyTo(tableBox);
		TableColumnLayout columns = new TableColumnLayout();
		tableBox.setLayout(columns);
		viewer = CheckboxTableViewer.newCheckList(tableBox, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.columnCode, 12, e -> e.subMissionCode());
		column(columns, Messages.columnKind, 12, e -> CatalogueLabels.kind(e.kind()));
		column(columns, Messages.columnName, 76, CatalogueLabels::name);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setInput(entries);
		viewer.addCheckStateListener(e -> updateOk());

		Composite buttons = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		buttons.setLayout(new GridLayout(1, true));
		button(buttons, Messages.selectAll, true);
		button(buttons, Messages.deselectAll, false);
		return area;
	}

	private interface Text {
		String of(CatalogueEntry e);
	}

	private void column(TableColumnLayout layout, String title, int weight, Text text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((CatalogueEntry) element);
			}

			@Override
			public String getToolTipText(Object element) {
				List<String> outputs = ((CatalogueEntry) element).outputs();
				return outputs.isEmpty() ? null : NLS.bind(Messages.outputs, String.join("\n", outputs));
			}
		});
	}

	private void button(Composite parent, String label, boolean checked) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		GridDataFactory.fillDefaults().applyTo(b);
		b.addListener(SWT.Selection, e -> {
			viewer.setAllChecked(checked);
			updateOk();
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateOk();
	}

	private void updateOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(viewer.getCheckedElements().length > 0);
		}
	}

	@Override
	protected void okPressed() {
		// catalogue order, whatever order the boxes were ticked in
		List<CatalogueEntry> checked = new ArrayList<>();
		for (CatalogueEntry e : entries) {
			if (viewer.getChecked(e)) {
				checked.add(e);
			}
		}
		result = List.copyOf(checked);
		super.okPressed();
	}

	/** The ticked entries in catalogue order (empty until OK). */
	public List<CatalogueEntry> getResult() {
		return result;
	}

	/** For tests: the viewer listing the entries. */
	public CheckboxTableViewer getViewer() {
		return viewer;
	}
}
