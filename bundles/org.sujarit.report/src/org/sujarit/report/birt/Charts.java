package org.sujarit.report.birt;

import org.sujarit.model.ResultStatus;
import org.sujarit.report.chart.BarChart;
import org.sujarit.report.data.DimensionTotals;
import org.sujarit.report.data.ResultsTable;
import org.sujarit.report.data.SummaryTable;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/** The reports' two charts, drawn from the same typed tables as the rows, as SVG (PDF, HTML) or PNG (DOCX). */
public final class Charts {
	public static final String SVG = "image/svg+xml";

	private Charts() {
	}

	/** Budget by dimension (groups) and year (series). */
	public static void budget(BirtInput in, SummaryTable t, DigitStyle d, boolean vector) {
		BarChart chart = new BarChart(OfficialWording.format("chart.budget"), d);
		for (Integer y : t.years()) {
			chart.addSeries(OfficialWording.format("col.year", ThaiDigits.format(y, d)));
		}
		for (DimensionTotals dim : t.dimensions()) {
			double[] values = new double[t.years().size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = dim.budgetByYear().get(i).doubleValue();
			}
			chart.addGroup(OfficialWording.format("sheet.dimension", ThaiDigits.format(dim.number(), d)), values);
		}
		put(in, chart, 1100, 460, vector);
	}

	/** Projects per status, in the count lines' order. */
	public static void status(BirtInput in, ResultsTable t, DigitStyle d, boolean vector) {
		BarChart chart = new BarChart(OfficialWording.format("chart.status"), d);
		chart.addSeries(OfficialWording.format("round", ThaiDigits.format(t.months(), d)));
		for (ResultStatus s : BirtInput.COUNT_LINE_ORDER) {
			chart.addGroup(OfficialWording.format("status." + s.name()), new double[] { t.count(s) });
		}
		put(in, chart, 820, 340, vector);
	}

	private static void put(BirtInput in, BarChart chart, int w, int h, boolean vector) {
		if (vector) {
			in.setChart(chart.toSvg(w, h), SVG);
		} else {
			byte[] img = chart.toPng(w, h);
			boolean jpeg = img.length > 1 && (img[0] & 0xFF) == 0xFF && (img[1] & 0xFF) == 0xD8;
			in.setChart(img, jpeg ? "image/jpeg" : "image/png");
		}
	}
}
