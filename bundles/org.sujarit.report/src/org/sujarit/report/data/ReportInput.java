package org.sujarit.report.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report design reads, already formatted: header texts (app-context key {@value #HEADER}), the rows of
 * its scripted data sets (keys {@value #ROWS}, {@value #LINES}) and images (key {@value #CHART}). Figures come from
 * the model's derived operations ({@code PlanFigures}); the designs only lay them out.
 */
public final class ReportInput {
	public static final String HEADER = "SUJARIT_HEADER";
	public static final String ROWS = "SUJARIT_ROWS";
	public static final String LINES = "SUJARIT_LINES";
	public static final String CHART = "SUJARIT_CHART";

	private final Map<String, Object> header = new HashMap<>();
	private final List<Map<String, Object>> rows = new ArrayList<>();
	private final List<Map<String, Object>> lines = new ArrayList<>();
	private byte[] chart;

	public Map<String, Object> header() {
		return header;
	}

	public List<Map<String, Object>> rows() {
		return rows;
	}

	public List<Map<String, Object>> lines() {
		return lines;
	}

	public byte[] chart() {
		return chart;
	}

	public void setChart(byte[] png) {
		this.chart = png;
	}

	/** A new row appended to {@link #rows()}. */
	public Map<String, Object> addRow() {
		Map<String, Object> row = new LinkedHashMap<>();
		rows.add(row);
		return row;
	}

	/** A line of text appended to {@link #lines()} (field "text"). */
	public void addLine(String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("text", text);
		lines.add(row);
	}

	/** The entries to put into a BIRT task's app context. */
	public Map<String, Object> toAppContext() {
		Map<String, Object> m = new HashMap<>();
		m.put(HEADER, header);
		m.put(ROWS, rows);
		m.put(LINES, lines);
		if (chart != null) {
			m.put(CHART, chart);
		}
		return m;
	}
}
