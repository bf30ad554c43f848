package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.service.localization.BundleLocalization;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The Thai language-pack fragments (bundles/org.sujarit.nl.th.*): attached to their hosts, every key a key of the
 * host's English file (a misspelt key would silently stay English), every value Thai and keeping the English text's
 * {0} arguments; and the host's manifest strings come out in Thai under a Thai locale.
 */
class ThaiLanguagePackTest {

	private static final List<String> FRAGMENTS = List.of("org.sujarit.nl.th.jface", "org.sujarit.nl.th.workbench",
			"org.sujarit.nl.th.views");
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");

	private final BundleContext context = FrameworkUtil.getBundle(ThaiLanguagePackTest.class).getBundleContext();

	@Test
	void everyTranslationIsAKeyOfTheHostInThaiWithTheSameArguments() throws IOException {
		for (String id : FRAGMENTS) {
			Bundle fragment = bundle(id);
			List<org.osgi.framework.wiring.BundleWire> hosts = fragment.adapt(BundleWiring.class)
					.getRequiredWires(HostNamespace.HOST_NAMESPACE);
			assertEquals(1, hosts.size(), id + " is attached to its host");
			Bundle host = hosts.get(0).getProvider().getBundle();
			List<URL> files = Collections.list(fragment.findEntries("/", "*_th.properties", true));
			assertTrue(!files.isEmpty(), id + " has Thai files");
			for (URL file : files) {
				String path = file.getPath();
				URL english = host.getEntry(path.replace("_th.properties", ".properties"));
				assertNotNull(english, path + " translates a file of " + host.getSymbolicName());
				Properties en = load(english);
				Properties th = load(file);
				assertTrue(!th.isEmpty(), path);
				for (String key : th.stringPropertyNames()) {
					String where = id + path + ": " + key;
					assertTrue(en.containsKey(key), where + " is not a key of " + host.getSymbolicName());
					String value = th.getProperty(key);
					assertTrue(value.chars().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B), where + " is Thai: " + value);
					assertEquals(arguments(en.getProperty(key)), arguments(value), where + " keeps its arguments");
				}
			}
		}
	}

	@Test
	void viewNamesAreThaiUnderAThaiLocaleAndEnglishOtherwise() {
		BundleLocalization localization = context.getService(context.getServiceReference(BundleLocalization.class));
		Bundle views = bundle("org.eclipse.ui.views");
		assertEquals("คุณสมบัติ", localization.getLocalization(views, "th").getString("Views.PropertySheet"));
		assertEquals("โครงร่าง", localization.getLocalization(views, "th_TH").getString("Views.ContentOutline"));
		assertEquals("Properties", localization.getLocalization(views, "en").getString("Views.PropertySheet"));
	}

	private Bundle bundle(String symbolicName) {
		return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
	}

	/** As Eclipse NLS reads them: ISO-8859-1, so Thai must be written as \\u escapes to survive. */
	private static Properties load(URL url) throws IOException {
		Properties p = new Properties();
		try (InputStream in = url.openStream()) {
			p.load(in);
		}
		return p;
	}

	private static List<String> arguments(String text) {
		Matcher m = ARGUMENT.matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (m.find()) {
			found.add(m.group());
		}
		Collections.sort(found);
		return found;
	}
}
