package org.sujarit.ui.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * PDF pages as SWT image data for the in-workbench preview, drawn by Apache PDFBox in this process (no external
 * program, the same on Windows and Linux): the real PDF output, exactly what will be printed. Image data is
 * device-independent, so a background job can render; the view makes the images on the UI thread.
 */
public final class PdfPages {

	/**
	 * PDFBox logs through Commons Logging 1.3.0, which picks SLF4J when it sees {@code org.slf4j} (in the product for
	 * SPI Fly) but its OSGi manifest does not import {@code org.slf4j.spi}, so that choice fails with
	 * NoClassDefFoundError. Its own factory (java.util.logging underneath) is chosen instead, unless set otherwise.
	 */
	private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory"; //$NON-NLS-1$

	static {
		if (System.getProperty(LOG_FACTORY) == null) {
			System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl"); //$NON-NLS-1$
		}
	}

	private PdfPages() {
	}

	/** Renders every page of {@code pdf} at {@code dpi}, in page order. */
	public static List<ImageData> render(Path pdf, int dpi, IProgressMonitor monitor) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int count = document.getNumberOfPages();
			SubMonitor sub = SubMonitor.convert(monitor, count);
			PDFRenderer renderer = new PDFRenderer(document);
			List<ImageData> pages = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				if (sub.isCanceled()) {
					break;
				}
				pages.add(toImageData(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
				sub.worked(1);
			}
			return pages;
		}
	}

	/** A 24-bit direct-palette copy of an RGB image. */
	static ImageData toImageData(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			image.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}
}
