package org.sujarit.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/**
 * A grouped bar chart drawn with Java2D, for the reports' charts: as SVG through Batik's SVG generator (vector, text
 * kept as text; PDF and HTML) or as a raster (DOCX, whose emitter takes no SVG). BIRT's chart engine is on Maven
 * Central, but it brings its own EMF model, devices and script bundles; a report needs two plain bar charts, so
 * Sujarit draws them itself and places them as an image item.
 */
public final class BarChart {

	private static final Color[] PALETTE = { new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235),
			new Color(0x7030A0), new Color(0xBF9000), new Color(0x2E75B6), new Color(0x843C0C) };
	private static final Color GRID = new Color(0xD9D9D9);
	private static final int SCALE = 2; // drawn at twice the size for print
	/**
	 * jpeg (default) or png (system property sujarit.chart.format): OpenPDF embeds a JPEG as it is but decodes and
	 * compresses a PNG again, which made up half of a warm summary PDF render (measured: 296 -> 163 ms median).
	 */
	private static final String FORMAT = "png".equals(System.getProperty("sujarit.chart.format")) ? "png" : "jpeg";
	private static final float JPEG_QUALITY = 0.92f;

	private final String title;
	private final DigitStyle digits;
	private final List<String> series = new ArrayList<>();
	private final List<String> groups = new ArrayList<>();
	private final List<double[]> values = new ArrayList<>();

	public BarChart(String title, DigitStyle digits) {
		this.title = title;
		this.digits = digits;
	}

	public BarChart addSeries(String name) {
		series.add(name);
		return this;
	}

	/** One group of bars, one value per series. */
	public BarChart addGroup(String name, double[] groupValues) {
		groups.add(name);
		values.add(groupValues.clone());
		return this;
	}

	/** Recently drawn charts by their content: re-rendering an unchanged plan does not redraw its charts. */
	private static final Map<String, byte[]> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > 32;
		}
	};

	/** The chart as SVG (UTF-8), {@code width}×{@code height} user units; text stays text (font Laksaman). */
	public byte[] toSvg(int width, int height) {
		return cached("svg", width, height, () -> drawSvg(width, height));
	}

	/** The chart as image bytes (JPEG, or PNG), {@code width}×{@code height} logical pixels (drawn at twice that). */
	public byte[] toPng(int width, int height) {
		return cached("raster", width, height, () -> draw(width, height));
	}

	private byte[] cached(String kind, int width, int height, java.util.function.Supplier<byte[]> drawer) {
		StringBuilder key = new StringBuilder().append(kind).append('|').append(title).append('|').append(digits).append('|').append(width)
				.append('x').append(height).append('|').append(series).append('|').append(groups);
		for (double[] v : values) {
			key.append('|').append(Arrays.toString(v));
		}
		String k = key.toString();
		synchronized (CACHE) {
			byte[] cached = CACHE.get(k);
			if (cached != null) {
				return cached;
			}
		}
		byte[] png = drawer.get();
		synchronized (CACHE) {
			CACHE.put(k, png);
		}
		return png;
	}

	private byte[] draw(int width, int height) {
		BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.scale(SCALE, SCALE);
			paint(g, width, height);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if ("png".equals(FORMAT)) {
				ImageIO.write(img, "png", out);
			} else {
				ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
					writer.setOutput(ios);
					writer.write(null, new IIOImage(img, null, null), param);
				} finally {
					writer.dispose();
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private byte[] drawSvg(int width, int height) {
		org.w3c.dom.Document doc = org.apache.batik.dom.GenericDOMImplementation.getDOMImplementation()
				.createDocument("http://www.w3.org/2000/svg", "svg", null);
		org.apache.batik.svggen.SVGGeneratorContext ctx = org.apache.batik.svggen.SVGGeneratorContext
				.createDefault(doc);
		ctx.setEmbeddedFontsOn(false);
		ctx.setComment(null);
		org.apache.batik.svggen.SVGGraphics2D g = new org.apache.batik.svggen.SVGGraphics2D(ctx, false);
		g.setSVGCanvasSize(new java.awt.Dimension(width, height));
		paint(g, width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
			org.w3c.dom.Element root = g.getRoot();
			root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
			g.stream(root, w, true, false);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			g.dispose();
		}
		return out.toByteArray();
	}

	void paint(Graphics2D g, int w, int h) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		Font base = ChartFonts.thai();
		Font titleFont = base.deriveFont(Font.BOLD, 22f);
		Font labelFont = base.deriveFont(Font.PLAIN, 17f);
		Font smallFont = base.deriveFont(Font.PLAIN, 15f);

		g.setColor(Color.BLACK);
		g.setFont(titleFont);
		FontMetrics tfm = g.getFontMetrics();
		g.drawString(title, (w - tfm.stringWidth(title)) / 2f, tfm.getAscent() + 6f);

		// legend on the right
		g.setFont(labelFont);
		FontMetrics lfm = g.getFontMetrics();
		int legendW = 0;
		for (String s : series) {
			legendW = Math.max(legendW, lfm.stringWidth(s));
		}
		legendW += 34;
		int top = tfm.getHeight() + 24;
		int left = 90;
		int right = w - legendW - 20;
		int bottom = h - lfm.getHeight() - 14;
		for (int i = 0; i < series.size(); i++) {
			int y = top + i * (lfm.getHeight() + 4);
			g.setColor(PALETTE[i % PALETTE.length]);
			g.fillRect(right + 16, y + 4, 14, 14);
			g.setColor(Color.BLACK);
			g.drawString(series.get(i), right + 36, y + lfm.getAscent());
		}

		double max = 0;
		for (double[] v : values) {
			for (double x : v) {
				max = Math.max(max, x);
			}
		}
		double step = niceStep(max);
		double axisMax = step * Math.max(1, Math.ceil(max / step));
		int ticks = (int) Math.round(axisMax / step);
		g.setFont(smallFont);
		FontMetrics sfm = g.getFontMetrics();
		for (int i = 0; i <= ticks; i++) {
			double v = step * i;
			int y = (int) Math.round(bottom - (bottom - top) * v / axisMax);
			g.setColor(GRID);
			g.setStroke(new BasicStroke(1f));
			g.drawLine(left, y, right, y);
			g.setColor(Color.DARK_GRAY);
			String label = ThaiDigits.formatGrouped(Math.round(v), digits);
			g.drawString(label, left - 8 - sfm.stringWidth(label), y + sfm.getAscent() / 2f - 2);
		}
		g.setColor(Color.BLACK);
		g.drawLine(left, bottom, right, bottom);
		g.drawLine(left, top, left, bottom);

		int n = Math.max(1, groups.size());
		double groupW = (right - left) / (double) n;
		int bars = Math.max(1, series.size());
		double barW = Math.min(48, groupW * 0.8 / bars);
		for (int gi = 0; gi < groups.size(); gi++) {
			double gx = left + gi * groupW;
			double start = gx + (groupW - barW * bars) / 2;
			double[] v = values.get(gi);
			for (int si = 0; si < v.length; si++) {
				int bh = (int) Math.round((bottom - top) * v[si] / axisMax);
				int x = (int) Math.round(start + si * barW);
				g.setColor(PALETTE[si % PALETTE.length]);
				g.fillRect(x + 1, bottom - bh, (int) Math.max(1, barW - 2), bh);
				if (v[si] > 0 && bars <= 6) {
					String label = ThaiDigits.formatGrouped(Math.round(v[si]), digits);
					g.setColor(Color.BLACK);
					g.setFont(smallFont);
					int lx = (int) Math.round(x + barW / 2 - sfm.stringWidth(label) / 2.0);
					if (bars > 2) { // long labels of neighbouring bars would overlap: write them upwards
						Graphics2D r = (Graphics2D) g.create();
						r.translate(x + barW / 2 + sfm.getAscent() / 2.0 - 2, bottom - bh - 4);
						r.rotate(-Math.PI / 2);
						r.drawString(label, 0, 0);
						r.dispose();
					} else {
						g.drawString(label, lx, bottom - bh - 4);
					}
				}
			}
			g.setFont(labelFont);
			g.setColor(Color.BLACK);
			String name = groups.get(gi);
			g.drawString(name, (float) (gx + (groupW - lfm.stringWidth(name)) / 2), bottom + lfm.getAscent() + 6f);
		}
	}

	/** 1, 2 or 5 times a power of ten, giving about five grid lines. */
	static double niceStep(double max) {
		if (max <= 0) {
			return 1;
		}
		double raw = max / 5;
		double p = Math.pow(10, Math.floor(Math.log10(raw)));
		double f = raw / p;
		double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
		return Math.max(1, nice * p);
	}
}
