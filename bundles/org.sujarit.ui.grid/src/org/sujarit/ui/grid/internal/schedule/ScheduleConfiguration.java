package org.sujarit.ui.grid.internal.schedule;

import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultBooleanDisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.CheckBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.painter.cell.CheckBoxPainter;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.sujarit.ui.grid.internal.GridLabels;
import org.sujarit.ui.grid.internal.NameConverter;
import org.sujarit.ui.grid.internal.PlanRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRows;

/** Check boxes for the project × quarter cells (one click toggles), counts centred in the last row. */
public final class ScheduleConfiguration extends AbstractRegistryConfiguration {

	public static final String QUARTER_TICK = "QUARTER_TICK"; //$NON-NLS-1$
	public static final String QUARTER = "QUARTER"; //$NON-NLS-1$

	/** Labels of the schedule grid's columns. */
	public static final class Labels extends GridLabels {
		public Labels(PlanRows rows) {
			super(rows);
		}

		@Override
		protected void accumulateColumnLabels(LabelStack labels, int column, PlanRow row) {
			if (ScheduleData.isQuarterColumn(column)) {
				labels.add(CENTER);
				labels.add(QUARTER);
				if (row instanceof ProjectRow) {
					labels.add(QUARTER_TICK);
					labels.add(EDITABLE);
				}
			}
		}
	}

	private final BooleanSupplier thaiDigits;

	public ScheduleConfiguration(BooleanSupplier thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.NEVER_EDITABLE);
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
				DisplayMode.EDIT, QUARTER_TICK);
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new CheckBoxCellEditor(), DisplayMode.EDIT,
				QUARTER_TICK);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new CheckBoxPainter(), DisplayMode.NORMAL,
				QUARTER_TICK);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultBooleanDisplayConverter(),
				DisplayMode.NORMAL, QUARTER_TICK);
		NameConverter text = new NameConverter(thaiDigits);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, text, DisplayMode.NORMAL,
				GridLabels.COL_NAME);
		registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, text, DisplayMode.NORMAL, QUARTER);
	}
}
