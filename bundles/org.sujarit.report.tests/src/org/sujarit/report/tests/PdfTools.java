package org.sujarit.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** poppler-utils (pdftotext, pdffonts, pdftoppm), installed by releng/setup-machine. */
final class PdfTools {
	private PdfTools() {
	}

	static Path outDir(String sub) throws IOException {
		Path out = Path.of(System.getProperty("sujarit.test.out", "target/test-output")).resolve(sub);
		Files.createDirectories(out);
		return out;
	}

	static String text(Path pdf) throws Exception {
		return run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
	}

	static String fonts(Path pdf) throws Exception {
		return run("pdffonts", pdf.toString());
	}

	static void png(Path pdf, Path prefix, int dpi, int firstPage, int lastPage) throws Exception {
		run("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", String.valueOf(firstPage), "-l",
				String.valueOf(lastPage), pdf.toString(), prefix.toString());
	}

	static int pages(Path pdf) throws Exception {
		for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
			if (line.startsWith("Pages:")) {
				return Integer.parseInt(line.substring(6).trim());
			}
		}
		return -1;
	}

	/** Visible text of an HTML page: tags dropped, entities of the Thai range left as they are. */
	static String htmlText(String html) {
		String s = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&amp;", "&");
		return s.replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ");
	}

	static String run(String... cmd) throws Exception {
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		p.getInputStream().transferTo(bytes);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd) + " timed out");
		assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed: " + bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
