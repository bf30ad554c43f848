package org.sujarit.report.birt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.model.ResultStatus;
import org.sujarit.report.data.AnnualRow;
import org.sujarit.report.data.AnnualTable;
import org.sujarit.report.data.DimensionTotals;
import org.sujarit.report.data.PlanHeading;
import org.sujarit.report.data.ResultsRow;
import org.sujarit.report.data.ResultsTable;
import org.sujarit.report.data.SheetsTable;
import org.sujarit.report.data.SummaryRow;
import org.sujarit.report.data.SummaryTable;

/**
 * The typed tables of {@code org.sujarit.report.data} as the designs' scripted data sets read them from the task's
 * app context: header values ({@value #HEADER}), rows ({@value #ROWS}), count lines ({@value #LINES}), the chart
 * ({@value #CHART}, {@value #CHART_TYPE}). Values stay typed (Integer, BigDecimal, Boolean, LocalDate, enum names);
 * the designs format them.
 */
public final class BirtInput {
	public static final String HEADER = "SUJARIT_HEADER";
	public static final String ROWS = "SUJARIT_ROWS";
	public static final String LINES = "SUJARIT_LINES";
	public static final String SHEETS = "SUJARIT_SHEETS";
	public static final String CHART = "SUJARIT_CHART";
	public static final String CHART_TYPE = "SUJARIT_CHART_TYPE";
	public static final String FORMAT = "SUJARIT_FORMAT";

	/** Status columns of the results table, left to right (official-tables.md (c)). */
	public static final ResultStatus[] COLUMN_ORDER = { ResultStatus.AWAITING_REPORT, ResultStatus.IN_PROGRESS,
			ResultStatus.DONE, ResultStatus.CANNOT_DO };
	/** Count lines before the results table: done, in progress, awaiting, cannot do (only when non-zero). */
	public static final ResultStatus[] COUNT_LINE_ORDER = { ResultStatus.DONE, ResultStatus.IN_PROGRESS,
			ResultStatus.AWAITING_REPORT, ResultStatus.CANNOT_DO };

	private final Map<String, Object> header = new HashMap<>();
	private final List<Map<String, Object>> rows = new ArrayList<>();
	private final List<Map<String, Object>> lines = new ArrayList<>();
	private Object sheets;
	private byte[] chart;
	private String chartType;

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

	public String chartType() {
		return chartType;
	}

	public void setChart(byte[] data, String mimeType) {
		this.chart = data;
		this.chartType = mimeType;
	}

	public Map<String, Object> toAppContext() {
		Map<String, Object> m = new HashMap<>();
		m.put(HEADER, header);
		m.put(ROWS, rows);
		m.put(LINES, lines);
		m.put(FORMAT, DesignFormat.INSTANCE);
		if (sheets != null) {
			m.put(SHEETS, sheets);
		}
		if (chart != null) {
			m.put(CHART, chart);
			m.put(CHART_TYPE, chartType);
		}
		return m;
	}

	private void plan(PlanHeading p) {
		header.put("title", p.title());
		header.put("organization", p.organization());
		header.put("draft", p.draft());
		header.put("firstYear", p.firstYear());
		header.put("lastYear", p.lastYear());
		header.put("yearCount", p.years().size());
		header.put("projectCount", p.projectCount());
		header.put("dimensionCount", p.dimensionCount());
	}

	/**
	 * Summary rows: y1..yN the project's budget per year (null: no budget), dt1..dtN and dimCount its dimension's
	 * totals for the dimension group's footer; dimOrder / missionOrder are the group keys (document order). A
	 * dimension without projects gets one row without seq, so that its group and subtotal still print.
	 */
	public static BirtInput summary(SummaryTable t) {
		BirtInput in = new BirtInput();
		in.plan(t.plan());
		int n = t.years().size();
		for (int i = 0; i < n; i++) {
			in.header.put("Y" + (i + 1), t.years().get(i));
			in.header.put("t" + (i + 1), t.totalByYear().get(i));
		}
		int dimOrder = 0;
		int missionOrder = 0;
		for (DimensionTotals dim : t.dimensions()) {
			dimOrder++;
			String lastMission = null;
			boolean any = false;
			for (SummaryRow r : t.rows()) {
				if (r.dimension() != dim.number()) {
					continue;
				}
				if (!r.missionCode().equals(lastMission)) {
					missionOrder++;
					lastMission = r.missionCode();
				}
				Map<String, Object> m = in.row(dim, dimOrder, missionOrder, n);
				m.put("mission", r.missionCode());
				m.put("missionName", r.missionName());
				m.put("seq", r.seq());
				m.put("name", r.name());
				for (int i = 0; i < n; i++) {
					m.put("y" + (i + 1), r.budgets().get(i));
				}
				m.put("unit", r.unit());
				for (int q = 1; q <= 4; q++) {
					m.put("q" + q, r.quarters().contains(q));
				}
				m.put("remark", r.remark());
				any = true;
			}
			if (!any) {
				missionOrder++;
				in.row(dim, dimOrder, missionOrder, n);
			}
		}
		return in;
	}

	private Map<String, Object> row(DimensionTotals dim, int dimOrder, int missionOrder, int years) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("dimOrder", dimOrder);
		m.put("missionOrder", missionOrder);
		m.put("dim", dim.number());
		m.put("dimName", dim.name());
		m.put("dimCount", dim.projectCount());
		for (int i = 0; i < years; i++) {
			m.put("dt" + (i + 1), dim.budgetByYear().get(i));
		}
		rows.add(m);
		return m;
	}

	public static BirtInput annual(AnnualTable t) {
		BirtInput in = new BirtInput();
		in.plan(t.plan());
		in.header.put("year", t.year());
		in.header.put("totalBudget", t.totalBudget());
		for (int q = 1; q <= 4; q++) {
			in.header.put("n" + q, t.projectsPerQuarter().get(q - 1));
			in.header.put("Q" + q, q);
		}
		for (AnnualRow r : t.rows()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("seq", r.seq());
			m.put("name", r.name());
			m.put("dim", r.dimension());
			m.put("budget", r.budget());
			for (int q = 1; q <= 4; q++) {
				m.put("q" + q, r.runsInQuarter(q));
			}
			m.put("remark", r.remark());
			in.rows.add(m);
		}
		return in;
	}

	public static BirtInput results(ResultsTable t) {
		BirtInput in = new BirtInput();
		in.plan(t.plan());
		in.header.put("year", t.year());
		in.header.put("months", t.months());
		in.header.put("periodStart", t.periodStart());
		in.header.put("periodEnd", t.periodEnd());
		in.header.put("reported", t.reported());
		in.header.put("totalBudget", t.totalBudget());
		in.header.put("totalDisbursed", t.totalDisbursed());
		for (int i = 0; i < COLUMN_ORDER.length; i++) {
			in.header.put("S" + (i + 1), COLUMN_ORDER[i].name());
			in.header.put("n" + (i + 1), t.count(COLUMN_ORDER[i]));
		}
		for (ResultStatus s : COUNT_LINE_ORDER) {
			int count = t.count(s);
			if (count > 0 || s != ResultStatus.CANNOT_DO) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("status", s.name());
				line.put("count", count);
				in.lines.add(line);
			}
		}
		for (ResultsRow r : t.rows()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("seq", r.seq());
			m.put("name", r.name());
			m.put("dim", r.dimension());
			m.put("budget", r.budget());
			m.put("disbursed", r.disbursed());
			for (int i = 0; i < COLUMN_ORDER.length; i++) {
				m.put("s" + (i + 1), r.status() == COLUMN_ORDER[i]);
			}
			m.put("remark", r.remark());
			in.rows.add(m);
		}
		return in;
	}

	/** Sheet rows carry their index into {@value #SHEETS}, the typed sheets themselves. */
	public static BirtInput sheets(SheetsTable t) {
		BirtInput in = new BirtInput();
		in.plan(t.plan());
		in.header.put("years", t.plan().years());
		for (int i = 0; i < t.sheets().size(); i++) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("i", i);
			m.put("seq", t.sheets().get(i).seq());
			in.rows.add(m);
		}
		in.sheets = t.sheets();
		return in;
	}

	static BigDecimal orZero(BigDecimal b) {
		return b == null ? BigDecimal.ZERO : b;
	}
}
