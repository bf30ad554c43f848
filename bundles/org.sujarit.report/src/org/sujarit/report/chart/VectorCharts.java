package org.sujarit.report.chart;

import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The charts handed to BIRT as SVG, by content, so that Sujarit's PDF emitter (fragment org.sujarit.report.pdf)
 * can paint them again as PDF vector graphics with real text: {@link #PAINTER} gives, for SVG bytes, a painter into
 * a box of {width, height} points, or {@code null} for an SVG it did not make.
 */
public final class VectorCharts {
	private record Registered(byte[] svg, BarChart chart, int width, int height) {
	}

	private static final Map<Integer, Registered> CHARTS = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Registered> eldest) {
			return size() > 32;
		}
	};

	/** What the PDF emitter calls (JDK types only: it lives in another bundle's class space). */
	public static final Function<byte[], BiConsumer<Graphics2D, float[]>> PAINTER = VectorCharts::painter;

	private VectorCharts() {
	}

	static void register(byte[] svg, BarChart chart, int width, int height) {
		synchronized (CHARTS) {
			CHARTS.put(Arrays.hashCode(svg), new Registered(svg, chart, width, height));
		}
	}

	static BiConsumer<Graphics2D, float[]> painter(byte[] svg) {
		Registered e;
		synchronized (CHARTS) {
			e = svg == null ? null : CHARTS.get(Arrays.hashCode(svg));
		}
		if (e == null || !Arrays.equals(e.svg(), svg)) {
			return null;
		}
		return (g, box) -> {
			g.scale(box[0] / e.width(), box[1] / e.height());
			e.chart().paint(g, e.width(), e.height());
		};
	}
}
