package org.sujarit.ui.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditBindings;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.event.StructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.tree.TreeLayer;
import org.eclipse.nebula.widgets.nattable.tree.TreeRowModel;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.sujarit.ui.grid.internal.PlanRow.GroupRow;

/**
 * The layer stack of a plan grid, assembled from NatTable's small layers:
 * body {@code DataLayer → TreeLayer (collapsible dimension/mission groups) → SelectionLayer → ViewportLayer},
 * a {@code ColumnHeaderLayer} over it, both in a {@code CompositeLayer}. Pages contribute the data providers, the
 * label accumulator and their own configurations (editors, converters, bindings).
 */
public final class GridStack {

	public final PlanRows rows;
	public final DataLayer bodyData;
	public final TreeRowModel<PlanRow> treeModel;
	public final TreeLayer treeLayer;
	public final SelectionLayer selectionLayer;
	public final ViewportLayer viewportLayer;
	public final DataLayer headerData;
	public final ColumnHeaderLayer columnHeader;
	/** The spanning header row above some columns (e.g. "งบประมาณ (บาท)" over the years), or null. */
	public final ColumnGroupHeaderLayer columnGroupHeader;
	private final ColumnGroupSpec columnGroup;
	public final CompositeLayer composite;
	public final NatTable natTable;

	/** A header group over the columns from {@code firstColumn} to the last one, named by {@code name}. */
	public record ColumnGroupSpec(String name, int firstColumn) {
	}

	public GridStack(Composite parent, PlanRows rows, IDataProvider body, IDataProvider header,
			IConfigLabelAccumulator labels, List<IConfiguration> configurations) {
		this(parent, rows, body, header, labels, configurations, null);
	}

	public GridStack(Composite parent, PlanRows rows, IDataProvider body, IDataProvider header,
			IConfigLabelAccumulator labels, List<IConfiguration> configurations, ColumnGroupSpec columnGroup) {
		this.rows = rows;
		this.columnGroup = columnGroup;
		Font font = GUIHelper.DEFAULT_FONT;
		int rowHeight = rowHeight(parent, font);
		bodyData = new DataLayer(body, 110, rowHeight);
		bodyData.setConfigLabelAccumulator(labels);
		treeModel = new TreeRowModel<>(rows);
		treeLayer = new TreeLayer(bodyData, treeModel);
		selectionLayer = new SelectionLayer(treeLayer);
		viewportLayer = new ViewportLayer(selectionLayer);
		headerData = new DataLayer(header, 110, rowHeight + 6);
		columnHeader = new ColumnHeaderLayer(headerData, viewportLayer, selectionLayer);
		composite = new CompositeLayer(1, 2);
		if (columnGroup != null) {
			columnGroupHeader = new ColumnGroupHeaderLayer(columnHeader, selectionLayer);
			columnGroupHeader.setRowHeight(rowHeight + 4);
			applyColumnGroup();
			composite.setChildLayer(GridRegion.COLUMN_HEADER, columnGroupHeader, 0, 0);
		} else {
			columnGroupHeader = null;
			composite.setChildLayer(GridRegion.COLUMN_HEADER, columnHeader, 0, 0);
		}
		composite.setChildLayer(GridRegion.BODY, viewportLayer, 0, 1);
		composite.addConfiguration(new DefaultEditConfiguration());

		natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, composite, false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new DefaultEditBindings());
		natTable.addConfiguration(new GridStyles(font));
		for (IConfiguration c : configurations) {
			natTable.addConfiguration(c);
		}
		natTable.configure();
	}

	/** Thai needs room above and below the line for vowels and tone marks: size rows from the font, not a constant. */
	private static int rowHeight(Composite parent, Font font) {
		GC gc = new GC(parent);
		try {
			gc.setFont(font);
			return Math.max(24, gc.textExtent("\u0E1B\u0E34\u0E4C\u0E0D\u0E39 Ag").y + 10); //$NON-NLS-1$
		} finally {
			gc.dispose();
		}
	}

	private void applyColumnGroup() {
		columnGroupHeader.clearAllGroups();
		int span = bodyData.getColumnCount() - columnGroup.firstColumn();
		if (span > 0) {
			columnGroupHeader.addGroup(columnGroup.name(), columnGroup.firstColumn(), span);
			// the group is a caption, not a way to hide the year columns
			columnGroupHeader.getGroupByName(columnGroup.name()).setCollapseable(false);
		}
	}

	public void setColumnWidths(int... widths) {
		for (int i = 0; i < widths.length; i++) {
			bodyData.setColumnWidthByPosition(i, widths[i], false);
		}
		natTable.refresh();
	}

	/** Re-reads rows and columns after a structural model change, keeping collapsed groups collapsed. */
	public void rebuild() {
		List<Object> collapsed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) instanceof GroupRow g && treeModel.isCollapsed(i)) {
				collapsed.add(g.container());
			}
		}
		treeLayer.expandAll();
		rows.rebuild();
		bodyData.fireLayerEvent(new StructuralRefreshEvent(bodyData));
		if (columnGroupHeader != null) {
			applyColumnGroup(); // the plan's years may have changed
		}
		for (int i = rows.size() - 1; i >= 0; i--) {
			if (rows.get(i) instanceof GroupRow g && collapsed.contains(g.container())) {
				treeLayer.collapseTreeRow(i);
			}
		}
		natTable.refresh();
	}

	/** The row index of the selection anchor (in the body data), or -1. */
	public int anchorRowIndex() {
		var anchor = selectionLayer.getSelectionAnchor();
		if (anchor == null || anchor.getRowPosition() < 0) {
			return -1;
		}
		return selectionLayer.getRowIndexByPosition(anchor.getRowPosition());
	}
}
