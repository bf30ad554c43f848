package org.sujarit.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sujarit.report.internal.ThaiFonts;

/**
 * The Thai font for charts: the same TrueType file the PDFs embed (so charts match the tables), loaded once; the
 * JDK's logical sans-serif font when it is missing.
 */
final class ChartFonts {
	private static Font thai;

	private ChartFonts() {
	}

	static synchronized Font thai() {
		if (thai == null) {
			Path file = ThaiFonts.regularFontFile();
			Font f = null;
			if (file != null && Files.isRegularFile(file)) {
				try {
					f = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
				} catch (FontFormatException | IOException e) {
					f = null;
				}
			}
			thai = f != null ? f : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		}
		return thai;
	}
}
