package org.sujarit.ui.grid;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.copy.action.PasteDataAction;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataCommandHandler;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sujarit.model.Plan;
import org.sujarit.ui.grid.internal.GridStack;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.budget.BudgetConfiguration;
import org.sujarit.ui.grid.internal.budget.BudgetData;
import org.sujarit.ui.grid.internal.budget.BudgetHeader;
import org.sujarit.ui.grid.internal.budget.BudgetLabels;
import org.sujarit.ui.grid.internal.budget.BudgetPasteHandler;
import org.sujarit.ui.grid.internal.budget.BudgetRangeEdit;

/**
 * The budget page of the plan editor: projects grouped by dimension and mission (collapsible), one column per fiscal
 * year of the plan. A cell holds an amount or "ไม่ใช้งบฯ" (type ไม่ใช้งบฯ, "-" or nothing for no budget, a number for
 * an amount; anything else is refused with a message). Dimension and mission rows show their subtotals and the last
 * row the grand total, all taken from the model's derived operations, so they follow every keystroke that commits.
 * Ranges copy (Ctrl+C) and paste (Ctrl+V, also from spreadsheets) as one undoable command; Delete sets the selected
 * cells to "ไม่ใช้งบฯ". Every change is an EMF command on the editing domain's command stack.
 */
public class BudgetGrid extends PlanGrid {

	private final BudgetData data;
	private final BudgetRangeEdit rangeEdit;

	public BudgetGrid(Composite parent, EditingDomain domain, Plan plan) {
		super(parent, domain, plan);
		Label hint = new Label(root, SWT.WRAP);
		hint.setText(Messages.Budget_hint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		PlanRows rows = new PlanRows(plan, true);
		data = new BudgetData(plan, rows, domain, this::execute);
		messageLine = new org.sujarit.ui.grid.internal.MessageLine(root);
		// the message line goes below the table: create the table first, then move the line after it
		stack = new GridStack(root, rows, data, new BudgetHeader(data, this::isThaiDigits), new BudgetLabels(rows),
				List.of(new BudgetConfiguration(this::isThaiDigits, messageLine), new AbstractUiBindingConfiguration() {
					@Override
					public void configureUiBindings(UiBindingRegistry registry) {
						registry.registerKeyBinding(new KeyEventMatcher(SWT.MOD1, 'v'), new PasteDataAction());
						registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL),
								(natTable, event) -> clearSelection());
					}
				}), new GridStack.ColumnGroupSpec(Messages.Budget_yearsGroup, 1));
		messageLine.getControl().moveBelow(stack.natTable);
		messageLine.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		rangeEdit = new BudgetRangeEdit(stack.selectionLayer, data);
		stack.selectionLayer.registerCommandHandler(new BudgetPasteHandler(rangeEdit, messageLine, this::execute));
		// copy what the user sees (ไม่ใช้งบฯ, 72,240), which is also what paste and spreadsheets understand
		CopyDataCommandHandler copy = new CopyDataCommandHandler(stack.selectionLayer);
		copy.setCopyFormattedText(true);
		stack.selectionLayer.registerCommandHandler(copy);

		int[] widths = new int[data.getColumnCount()];
		widths[0] = 560;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = 120;
		}
		stack.setColumnWidths(widths);
		finishCreation();
	}

	private void clearSelection() {
		var prepared = rangeEdit.clearSelection();
		if (prepared.command() != null) {
			execute(prepared.command());
		}
	}
}
