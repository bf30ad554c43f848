package org.sujarit.ui.grid.internal.results;

import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditBindings;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.event.StructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sujarit.ui.grid.internal.GridLabels;
import org.sujarit.ui.grid.internal.GridStyles;
import org.sujarit.ui.grid.internal.MessageLine;
import org.sujarit.ui.grid.internal.MessageLineErrorHandler;
import org.sujarit.ui.grid.internal.NameConverter;

/** The detail table under the results grid: the selected project's indicators and their actual values. */
public final class IndicatorTable {

	private static final String ACTUAL = "ACTUAL"; //$NON-NLS-1$
	private static final String NOTE = "NOTE"; //$NON-NLS-1$

	private final IndicatorData data;
	private final DataLayer bodyData;
	private final NatTable natTable;

	public IndicatorTable(Composite parent, IndicatorData data, BooleanSupplier thaiDigits, MessageLine messageLine,
			int rowHeight) {
		this.data = data;
		bodyData = new DataLayer(data, 120, rowHeight);
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
		labels.registerColumnOverrides(IndicatorData.ACTUAL, ACTUAL, GridLabels.EDITABLE, GridLabels.MONEY);
		labels.registerColumnOverrides(IndicatorData.NOTE, NOTE, GridLabels.EDITABLE, GridLabels.TEXT);
		labels.registerColumnOverrides(IndicatorData.TEXT, GridLabels.COL_NAME);
		labels.registerColumnOverrides(IndicatorData.TARGET, GridLabels.MONEY, GridLabels.COL_NAME);
		bodyData.setConfigLabelAccumulator(labels);
		bodyData.setColumnWidthByPosition(IndicatorData.KIND, 90, false);
		bodyData.setColumnWidthByPosition(IndicatorData.TEXT, 520, false);
		bodyData.setColumnWidthByPosition(IndicatorData.TARGET, 130, false);
		bodyData.setColumnWidthByPosition(IndicatorData.ACTUAL, 120, false);
		bodyData.setColumnWidthByPosition(IndicatorData.NOTE, 280, false);
		SelectionLayer selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		IDataProvider headerData = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return switch (column) {
				case IndicatorData.KIND -> org.sujarit.ui.grid.internal.Messages.Results_indicatorKind;
				case IndicatorData.TEXT -> org.sujarit.ui.grid.internal.Messages.Results_indicatorText;
				case IndicatorData.TARGET -> org.sujarit.ui.grid.internal.Messages.Results_indicatorTarget;
				case IndicatorData.ACTUAL -> org.sujarit.ui.grid.internal.Messages.Results_indicatorActual;
				default -> org.sujarit.ui.grid.internal.Messages.Results_indicatorNote;
				};
			}

			@Override
			public void setDataValue(int column, int row, Object newValue) {
				throw new UnsupportedOperationException();
			}

			@Override
			public int getColumnCount() {
				return 5;
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headerData, 120, rowHeight + 4), viewport,
				selection);
		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
		composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
		composite.addConfiguration(new DefaultEditConfiguration());
		natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, composite, false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new DefaultEditBindings());
		natTable.addConfiguration(new GridStyles(org.eclipse.nebula.widgets.nattable.util.GUIHelper.DEFAULT_FONT));
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.NEVER_EDITABLE);
				// a project of a plug-in that is not installed keeps its indicator results as they are
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, new EditableRule() {
					@Override
					public boolean isEditable(int columnIndex, int rowIndex) {
						return data.isEditable();
					}
				}, DisplayMode.EDIT, GridLabels.EDITABLE);
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(true, true),
						DisplayMode.EDIT, GridLabels.EDITABLE);
				registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER,
						new MessageLineErrorHandler(messageLine), DisplayMode.EDIT, GridLabels.EDITABLE);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new AmountText(thaiDigits),
						DisplayMode.NORMAL, ACTUAL);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new NameConverter(thaiDigits),
						DisplayMode.NORMAL, GridLabels.COL_NAME);
			}
		});
		natTable.configure();
	}

	public NatTable getNatTable() {
		return natTable;
	}

	public IndicatorData getData() {
		return data;
	}

	/** Re-reads the indicators (another project was selected, or the model changed). */
	public void refresh() {
		bodyData.fireLayerEvent(new StructuralRefreshEvent(bodyData));
		natTable.refresh();
	}
}
