package org.sujarit.report;

/** The official tables Sujarit prints (official-tables.md (a)–(d)). */
public enum ReportTable {
	/** The multi-year plan table grouped by dimension and mission, with subtotals and a budget chart. */
	SUMMARY("summary"),
	/** One fiscal year: budget and the quarters each project runs in, with totals. */
	ANNUAL("annual"),
	/** One results round (6 or 12 months): budget, disbursed, status ticks, count lines and a status chart. */
	RESULTS("results"),
	/** One page per project with the nine numbered sections. */
	SHEETS("sheets");

	private final String id;

	ReportTable(String id) {
		this.id = id;
	}

	/** The command-line name: summary, annual, results, sheets. */
	public String id() {
		return id;
	}

	/** @return the table with that command-line name, or {@code null} */
	public static ReportTable fromId(String id) {
		for (ReportTable t : values()) {
			if (t.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
				return t;
			}
		}
		return null;
	}
}
