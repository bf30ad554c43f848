package org.sujarit.report.birt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.osgi.framework.FrameworkUtil;

/**
 * The designs' resource file (reports/official.properties, Thai, UTF-8) for the few texts drawn outside BIRT (the
 * charts). The designs read the same file through {@code includeResource} and the report context.
 */
public final class OfficialWording {
	public static final String FILE = "reports/official.properties";
	private static Properties props;

	private OfficialWording() {
	}

	private static synchronized Properties props() {
		if (props == null) {
			Properties p = new Properties();
			URL url = FrameworkUtil.getBundle(OfficialWording.class).getEntry(FILE);
			try (InputStream in = url.openStream()) {
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			props = p;
		}
		return props;
	}

	/** The text of {@code key} with {@code args} (java.text.MessageFormat, as BIRT's report context uses). */
	public static String format(String key, Object... args) {
		String pattern = props().getProperty(key, key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
	}
}
