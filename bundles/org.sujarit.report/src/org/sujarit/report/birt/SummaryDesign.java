package org.sujarit.report.birt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.ColumnHandle;
import org.eclipse.birt.report.model.api.GroupHandle;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.PropertyHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.ScriptDataSetHandle;
import org.eclipse.birt.report.model.api.SlotHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.TableHandle;
import org.eclipse.birt.report.model.api.TextDataHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;
import org.eclipse.birt.report.model.api.elements.structures.ResultSetColumn;
import org.eclipse.birt.report.model.api.metadata.DimensionValue;

/**
 * Gives summary.rptdesign one year column per year of the plan (three, five, seven ...). The design holds one
 * template year column whose cells' expressions contain {@value #TOKEN}; here it is copied once per further year, the
 * token replaced by the year's index, the data set and table get columns y1..yN (project budget) and dt1..dtN
 * (dimension subtotal), and the "งบประมาณ (บาท)" header spans them all. The space of the template column is shared.
 */
public final class SummaryDesign {
	public static final String TOKEN = "__Y__";
	static final String TABLE = "summary";
	static final String DATA_SET = "rows";
	static final String BUDGET_HEADER_KEY = "col.budget";

	private SummaryDesign() {
	}

	public static void expandYears(ReportDesignHandle design, int years) throws SemanticException {
		int n = Math.max(1, years);
		ScriptDataSetHandle ds = (ScriptDataSetHandle) design.findDataSet(DATA_SET);
		TableHandle table = (TableHandle) design.findElement(TABLE);
		PropertyHandle hints = ds.getPropertyHandle(ScriptDataSetHandle.RESULT_SET_HINTS_PROP);
		int position = hints.getListValue() == null ? 0 : hints.getListValue().size();
		for (String prefix : new String[] { "y", "dt" }) {
			for (int i = 1; i <= n; i++) {
				ResultSetColumn c = StructureFactory.createResultSetColumn();
				c.setColumnName(prefix + i);
				c.setDataType("decimal");
				c.setPosition(++position);
				hints.addItem(c);
				ComputedColumn b = StructureFactory.createComputedColumn();
				b.setName(prefix + i);
				b.setExpression("dataSetRow[\"" + prefix + i + "\"]");
				b.setDataType("decimal");
				table.addColumnBinding(b, false);
			}
		}

		// columns: the template's width (a percentage) plus 3 is shared by three to five years (bold Thai digits of
		// "๑๓๒,๖๔๐" need about 45 pt at 10 pt); more years widen the share 4 points a year up to 45; the other
		// columns give way in proportion
		SlotHandle columns = table.getColumns();
		int templateColumn = templateColumnIndex(table);
		ColumnHandle template = (ColumnHandle) columns.get(templateColumn);
		double width = template.getWidth().getMeasure();
		String units = template.getWidth().getUnits();
		double share = n <= 2 ? width : Math.min(45, width + 3 + 4 * Math.max(0, n - 5));
		double others = 100 - width;
		for (int c = 0; c < columns.getCount(); c++) {
			if (c != templateColumn) {
				ColumnHandle col = (ColumnHandle) columns.get(c);
				col.setProperty(ColumnHandle.WIDTH_PROP, new DimensionValue(
						col.getWidth().getMeasure() * (100 - share) / others, col.getWidth().getUnits()).toString());
			}
		}
		for (int i = 1; i < n; i++) {
			columns.paste(template.copy(), templateColumn + 1);
		}
		for (int i = 0; i < n; i++) {
			((ColumnHandle) columns.get(templateColumn + i)).setProperty(ColumnHandle.WIDTH_PROP,
					new DimensionValue(share / n, units).toString());
		}
		// "จำนวน ๑๓๒,๖๔๐ บาท" in bold must fit a year column: a smaller type the more years
		String fontSize = n <= 5 ? "10pt" : n <= 7 ? "9pt" : "8pt";

		for (RowHandle row : rows(table)) {
			SlotHandle cells = row.getCells();
			for (int c = 0; c < cells.getCount(); c++) {
				CellHandle cell = (CellHandle) cells.get(c);
				TextDataHandle text = templateText(cell);
				if (text != null) {
					cell.setProperty("fontSize", fontSize); // IStyleModel.FONT_SIZE_PROP
					for (int i = n; i >= 2; i--) {
						cells.paste(cell.copy(), c + 1);
						setIndex((CellHandle) cells.get(c + 1), i);
					}
					setIndex(cell, 1);
					break;
				}
				for (Object o : cell.getContent().getContents()) {
					if (o instanceof LabelHandle l && BUDGET_HEADER_KEY.equals(l.getTextKey())) {
						cell.setColumnSpan(n);
					}
				}
			}
		}
	}

	private static int templateColumnIndex(TableHandle table) {
		// the detail row's template cell: its column index (detail cells have no spans)
		RowHandle detail = (RowHandle) table.getDetail().get(0);
		SlotHandle cells = detail.getCells();
		for (int c = 0; c < cells.getCount(); c++) {
			if (templateText((CellHandle) cells.get(c)) != null) {
				return c;
			}
		}
		throw new IllegalStateException("summary.rptdesign has no year template column");
	}

	private static TextDataHandle templateText(CellHandle cell) {
		for (Object o : cell.getContent().getContents()) {
			if (o instanceof TextDataHandle t && t.getValueExpr() != null && t.getValueExpr().contains(TOKEN)) {
				return t;
			}
		}
		return null;
	}

	private static void setIndex(CellHandle cell, int i) throws SemanticException {
		TextDataHandle t = templateText(cell);
		t.setValueExpr(t.getValueExpr().replace(TOKEN, String.valueOf(i)));
	}

	private static List<RowHandle> rows(TableHandle table) {
		List<RowHandle> rows = new ArrayList<>();
		addRows(rows, table.getHeader());
		for (Object g : table.getGroups().getContents()) {
			addRows(rows, ((GroupHandle) g).getHeader());
			addRows(rows, ((GroupHandle) g).getFooter());
		}
		addRows(rows, table.getDetail());
		addRows(rows, table.getFooter());
		return rows;
	}

	private static void addRows(List<RowHandle> rows, SlotHandle slot) {
		for (Object o : slot.getContents()) {
			rows.add((RowHandle) o);
		}
	}

}
