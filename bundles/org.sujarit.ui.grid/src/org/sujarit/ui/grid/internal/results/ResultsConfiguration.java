package org.sujarit.ui.grid.internal.results;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.sujarit.model.ResultStatus;
import org.sujarit.ui.grid.internal.GridLabels;
import org.sujarit.ui.grid.internal.MessageLine;
import org.sujarit.ui.grid.internal.MessageLineErrorHandler;
import org.sujarit.ui.grid.internal.NameConverter;
import org.sujarit.ui.grid.internal.PlanRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.budget.BudgetText;

/** Editors and converters of the results grid: a combo of Thai status labels, money and free text. */
public final class ResultsConfiguration extends AbstractRegistryConfiguration {

	public static final String STATUS = "STATUS"; //$NON-NLS-1$
	public static final String DISBURSED = "DISBURSED"; //$NON-NLS-1$
	public static final String REMARK = "REMARK"; //$NON-NLS-1$

	/** Column labels of the results grid; the specific label comes before MONEY so its converter wins. */
	public static final class Labels extends GridLabels {
		public Labels(PlanRows rows) {
			super(rows);
		}

		@Override
		protected void accumulateColumnLabels(LabelStack labels, int column, PlanRow row) {
			boolean project = row instanceof ProjectRow;
			switch (column) {
			case ResultsData.BUDGET -> labels.add(MONEY);
			case ResultsData.STATUS -> labels.add(STATUS);
			case ResultsData.DISBURSED -> {
				labels.add(DISBURSED);
				labels.add(MONEY);
			}
			case ResultsData.REMARK -> {
				labels.add(REMARK);
				labels.add(TEXT);
			}
			default -> {
				return;
			}
			}
			if (project && column != ResultsData.BUDGET) {
				labels.add(EDITABLE);
			}
		}
	}

	private final BooleanSupplier thaiDigits;
	private final MessageLine messageLine;

	public ResultsConfiguration(BooleanSupplier thaiDigits, MessageLine messageLine) {
		this.thaiDigits = thaiDigits;
		this.messageLine = messageLine;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.NEVER_EDITABLE);
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
				DisplayMode.EDIT, GridLabels.EDITABLE);
		registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER,
				new MessageLineErrorHandler(messageLine), DisplayMode.EDIT, GridLabels.EDITABLE);

		ComboBoxCellEditor statusEditor = new ComboBoxCellEditor(List.of(ResultStatus.VALUES.toArray()));
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, statusEditor, DisplayMode.EDIT, STATUS);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new StatusText(), DisplayMode.NORMAL,
				STATUS);

		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(true, true),
				DisplayMode.EDIT, DISBURSED);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new AmountText(thaiDigits),
				DisplayMode.NORMAL, DISBURSED);
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(false, true),
				DisplayMode.EDIT, REMARK);

		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new BudgetText(thaiDigits),
				DisplayMode.NORMAL, GridLabels.MONEY);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new NameConverter(thaiDigits),
				DisplayMode.NORMAL, GridLabels.COL_NAME);
	}
}
