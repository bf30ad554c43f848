package org.sujarit.report.data;

import java.util.List;

/**
 * The project sheets: the title block and one sheet per project in document order.
 *
 * @param plan   title block
 * @param sheets one per project
 */
public record SheetsTable(PlanHeading plan, List<SheetRow> sheets) {

	public SheetsTable {
		sheets = List.copyOf(sheets);
	}
}
