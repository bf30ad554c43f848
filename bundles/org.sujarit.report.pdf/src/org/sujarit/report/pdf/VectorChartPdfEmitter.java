package org.sujarit.report.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.eclipse.birt.report.engine.content.IReportContent;
import org.eclipse.birt.report.engine.emitter.IEmitterServices;
import org.eclipse.birt.report.engine.emitter.pdf.PDFEmitter;
import org.eclipse.birt.report.engine.emitter.pdf.PDFPage;
import org.eclipse.birt.report.engine.emitter.pdf.PDFPageDevice;
import org.eclipse.birt.report.engine.emitter.pdf.PDFRender;
import org.eclipse.birt.report.engine.layout.emitter.IPageDevice;
import org.eclipse.birt.report.engine.layout.emitter.PageDeviceRender;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * BIRT's PDF emitter, except for the report's own charts: an SVG image that the report registered in the task's app
 * context or render options ({@value #PAINTER}) is painted again with Java2D onto OpenPDF's {@code PdfGraphics2D}, whose
 * {@code drawString} writes PDF text (shaped, with /ActualText) in the Thai font named by {@value #FONT}. Through
 * Batik (BIRT's way) every glyph became a filled outline that no reader can search or copy. Only JDK types cross from
 * the report bundle: a {@code Function<byte[], BiConsumer<Graphics2D, float[]>>} (null for an SVG it does not know)
 * and the font file's path.
 */
public class VectorChartPdfEmitter extends PDFEmitter {
	/** App-context key of the painter function. */
	public static final String PAINTER = "SUJARIT_PDF_CHART_PAINTER";
	/** App-context key of the TrueType file for the charts' text. */
	public static final String FONT = "SUJARIT_PDF_CHART_FONT";

	@Override
	public PageDeviceRender createRender(IEmitterServices services) throws EngineException {
		Object painter = services.getRenderOption() == null ? null : services.getRenderOption().getOption(PAINTER);
		Object font = services.getRenderOption() == null ? null : services.getRenderOption().getOption(FONT);
		return new PDFRender(services) {
			@Override
			public IPageDevice createPageDevice(String title, String author, String subject, String description,
					IReportContext context, IReportContent report) throws Exception {
				currentPageDevice = new Device(output, title, author, subject, description, context, report, painter,
						font);
				return currentPageDevice;
			}
		};
	}

	private static final Map<String, BaseFont> BASE_FONTS = new java.util.concurrent.ConcurrentHashMap<>();

	/** One parsed font per file for the process (a BaseFont serves many documents; each embeds its own subset). */
	static BaseFont baseFont(String path) throws Exception {
		BaseFont f = BASE_FONTS.get(path);
		if (f == null) {
			f = BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			BASE_FONTS.put(path, f);
		}
		return f;
	}

	static final class Device extends PDFPageDevice {
		private final Object painterOption;
		private final Object fontOption;
		private FontMapper fonts;

		Device(java.io.OutputStream out, String title, String author, String subject, String description,
				IReportContext context, IReportContent report, Object painter, Object font) {
			super(out, title, author, subject, description, context, report);
			Map<String, Object> app = appContext(context);
			this.painterOption = painter != null ? painter : app == null ? null : app.get(PAINTER);
			this.fontOption = font != null ? font : app == null ? null : app.get(FONT);
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> appContext(IReportContext context) {
			return context == null ? null : context.getAppContext();
		}

		@Override
		protected PDFPage createPDFPage(int pageWidth, int pageHeight) {
			return new Page(pageWidth, pageHeight, this);
		}

		@SuppressWarnings("unchecked")
		BiConsumer<Graphics2D, float[]> painter(byte[] svg) {
			return painterOption instanceof Function<?, ?> fn && fontOption != null
					? ((Function<byte[], BiConsumer<Graphics2D, float[]>>) fn).apply(svg)
					: null;
		}

		synchronized FontMapper fonts() throws Exception {
			if (fonts == null) {
				BaseFont base = baseFont(String.valueOf(fontOption));
				fonts = new FontMapper() {
					@Override
					public BaseFont awtToPdf(Font font) {
						return base;
					}

					@Override
					public Font pdfToAwt(BaseFont font, int size) {
						return new Font(Font.SANS_SERIF, Font.PLAIN, size);
					}
				};
			}
			return fonts;
		}


		org.openpdf.text.Document document() {
			return doc;
		}

		org.openpdf.text.pdf.PdfWriter pdfWriter() {
			return writer;
		}
	}

	static final class Page extends PDFPage {
		private final Device device;

		Page(int pageWidth, int pageHeight, Device device) {
			super(pageWidth, pageHeight, device.document(), device.pdfWriter(), device);
			this.device = device;
		}

		@Override
		protected PdfTemplate generateTemplateFromSVG(byte[] svg, float width, float height) throws Exception {
			BiConsumer<Graphics2D, float[]> painter = device.painter(svg);
			if (painter == null) {
				return super.generateTemplateFromSVG(svg, width, height);
			}
			PdfTemplate template = contentByte.createTemplate(width, height);
			Graphics2D g = template.createGraphics(width, height, device.fonts());
			try {
				painter.accept(g, new float[] { width, height });
			} finally {
				g.dispose();
			}
			return template;
		}
	}
}
