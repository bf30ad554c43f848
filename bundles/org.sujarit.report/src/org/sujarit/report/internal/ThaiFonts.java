package org.sujarit.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Thai report font lives. Sujarit prints with TLWG Laksaman (the free derivative of TH Sarabun PSK, the
 * Thai government's document font), installed by releng/setup-machine from the Debian package fonts-thai-tlwg-ttf.
 * System property {@value #DIR_PROPERTY} points elsewhere (a folder holding Laksaman.ttf).
 */
public final class ThaiFonts {
	public static final String DIR_PROPERTY = "sujarit.fonts.dir";
	public static final String FAMILY = "Laksaman";
	public static final String DEFAULT_DIR = "/usr/share/fonts/truetype/tlwg";
	private static final String REGULAR_FILE = "Laksaman.ttf";

	private ThaiFonts() {
	}

	/** The folder BIRT searches for the Thai font. */
	public static Path directory() {
		String dir = System.getProperty(DIR_PROPERTY);
		return Path.of(dir != null && !dir.isBlank() ? dir : DEFAULT_DIR);
	}

	/** Laksaman.ttf, or {@code null} when it is not installed. */
	public static Path regularFontFile() {
		Path f = directory().resolve(REGULAR_FILE);
		return Files.isRegularFile(f) ? f : null;
	}
}
