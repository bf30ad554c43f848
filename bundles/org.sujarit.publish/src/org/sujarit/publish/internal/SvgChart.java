package org.sujarit.publish.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sujarit.publish.SiteLanguage;

/**
 * A horizontal bar chart as inline SVG (no script, no external file): one bar per label, the value written beside
 * it. The {@code <title>} and {@code <desc>} give screen readers the chart's name and every figure; the same figures
 * are in a table next to the chart.
 */
public final class SvgChart {
	private static final int WIDTH = 560;
	private static final int LABEL = 150;
	private static final int VALUE = 110;
	private static final int ROW = 30;
	private static final int TOP = 34;

	private SvgChart() {
	}

	public static void bars(Html h, SiteLanguage l, String id, String title, List<String> labels,
			List<BigDecimal> values, List<String> valueTexts) {
		BigDecimal max = BigDecimal.ZERO;
		StringBuilder desc = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			max = max.max(values.get(i));
			if (desc.length() > 0) {
				desc.append("; ");
			}
			desc.append(l.text("chart.item", labels.get(i), valueTexts.get(i)));
		}
		int height = TOP + ROW * labels.size() + 6;
		int barSpace = WIDTH - LABEL - VALUE;
		h.open("figure", "class", "chart");
		h.open("svg", "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%", "role", "img", "aria-labelledby",
				id + "-t " + id + "-d", "focusable", "false");
		h.el("title", title, "id", id + "-t");
		h.el("desc", l.text("chart.desc", desc.toString()), "id", id + "-d");
		h.el("text", title, "x", "0", "y", "20", "class", "ct");
		for (int i = 0; i < labels.size(); i++) {
			int y = TOP + i * ROW;
			int w = max.signum() == 0 ? 0
					: values.get(i).multiply(BigDecimal.valueOf(barSpace)).divide(max, 0, RoundingMode.HALF_UP)
							.intValue();
			h.el("text", labels.get(i), "x", String.valueOf(LABEL - 8), "y", String.valueOf(y + 19), "class", "cl");
			h.open("rect", "x", String.valueOf(LABEL), "y", String.valueOf(y + 4), "width", String.valueOf(Math.max(w, 1)),
					"height", String.valueOf(ROW - 8), "class", "cb").close("rect");
			h.el("text", valueTexts.get(i), "x", String.valueOf(LABEL + Math.max(w, 1) + 6), "y",
					String.valueOf(y + 19), "class", "cv");
		}
		h.close("svg");
		h.close("figure");
	}
}
