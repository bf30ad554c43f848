package org.sujarit.ui.grid.internal.budget;

import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.sujarit.ui.grid.internal.GridLabels;
import org.sujarit.ui.grid.internal.MessageLine;
import org.sujarit.ui.grid.internal.MessageLineErrorHandler;
import org.sujarit.ui.grid.internal.NameConverter;

/** Editing rules, editor, converters and error handling of the budget grid. */
public final class BudgetConfiguration extends AbstractRegistryConfiguration {

	private final BooleanSupplier thaiDigits;
	private final MessageLine messageLine;

	public BudgetConfiguration(BooleanSupplier thaiDigits, MessageLine messageLine) {
		this.thaiDigits = thaiDigits;
		this.messageLine = messageLine;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.NEVER_EDITABLE);
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
				DisplayMode.EDIT, GridLabels.EDITABLE);
		// select the current text on open so that typing replaces it; Enter commits and moves down like a spreadsheet
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(true, true),
				DisplayMode.EDIT, GridLabels.EDITABLE);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new BudgetText(thaiDigits),
				DisplayMode.NORMAL, GridLabels.MONEY);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new BudgetText(thaiDigits),
				DisplayMode.EDIT, GridLabels.MONEY);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new NameConverter(thaiDigits),
				DisplayMode.NORMAL, GridLabels.COL_NAME);
		registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER,
				new MessageLineErrorHandler(messageLine), DisplayMode.EDIT, GridLabels.EDITABLE);
	}
}
