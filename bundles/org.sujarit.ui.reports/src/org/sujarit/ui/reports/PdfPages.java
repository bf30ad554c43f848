package org.sujarit.ui.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PDF pages as PNG images for the in-workbench preview. This GTK has no browser engine (no WebKitGTK), so the preview
 * shows the real PDF output rendered by poppler's pdftoppm, exactly what will be printed.
 */
final class PdfPages {

	private PdfPages() {
	}

	/** Renders every page of {@code pdf} at {@code dpi} into {@code dir}; returns the PNGs in page order. */
	static List<Path> render(Path pdf, Path dir, int dpi) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("pdftoppm", "-png", "-r", String.valueOf(dpi), pdf.toString(),
				dir.resolve("page").toString()).redirectErrorStream(true).start();
		p.getInputStream().readAllBytes();
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException("pdftoppm failed for " + pdf);
		}
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(f -> f.getFileName().toString().startsWith("page") && f.toString().endsWith(".png")).sorted()
					.toList();
		}
	}
}
