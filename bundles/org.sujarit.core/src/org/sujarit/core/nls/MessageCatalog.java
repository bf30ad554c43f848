package org.sujarit.core.nls;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The messages of one bundle ({@code messages.properties}, English, with {@code messages_th.properties} beside it)
 * formatted for a locale chosen at call time. Static UI labels use Eclipse {@code NLS} instead; this class is for
 * texts that must exist in two languages at once (an exception's English {@code getMessage()} for the log and its
 * Thai {@code getLocalizedMessage()} for the user) or whose language is a parameter (a report's task locale).
 * <p>
 * The rules, the same for every bundle:
 * <ul>
 * <li>Files are plain UTF-8 (Java reads {@code .properties} resource bundles as UTF-8).</li>
 * <li>A key missing from the Thai file falls back to the English file, key by key.</li>
 * <li>Every pattern goes through ICU {@link MessageFormat}, with or without arguments, so there is one quoting rule:
 * ICU's, {@code ''} for a literal apostrophe (a lone apostrophe before a letter is also kept literally).</li>
 * <li>An integral argument in a plain {@code {0}} is printed without grouping: years read "2566", never "2,566".
 * Write {@code {0,number,integer}} for a grouped count.</li>
 * <li>A key missing from both files yields the key itself followed by the arguments, so that nothing is lost.</li>
 * </ul>
 * Instances are immutable, cached per base name and class loader, and thread-safe.
 */
public final class MessageCatalog {

	private static final ConcurrentMap<Key, MessageCatalog> CATALOGS = new ConcurrentHashMap<>();

	// no fallback to the JVM default locale: English is always the base file, whatever machine the code runs on
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private record Key(String baseName, ClassLoader loader) {
	}

	private final String baseName;
	private final ClassLoader loader;

	private MessageCatalog(String baseName, ClassLoader loader) {
		this.baseName = baseName;
		this.loader = loader;
	}

	/**
	 * @param anchor   a class of the bundle that holds the properties files (gives the class loader)
	 * @param baseName e.g. {@code org.sujarit.model.io.messages}
	 */
	public static MessageCatalog of(Class<?> anchor, String baseName) {
		Objects.requireNonNull(baseName, "baseName");
		ClassLoader loader = anchor.getClassLoader();
		return CATALOGS.computeIfAbsent(new Key(baseName, loader), k -> new MessageCatalog(k.baseName(), k.loader()));
	}

	public String baseName() {
		return baseName;
	}

	/** Whether the English (base) file has {@code key}. */
	public boolean has(String key) {
		return pattern(Locale.ROOT, key) != null;
	}

	/** The text of {@code key} in {@code locale} (English where the locale has no file or no such key). */
	public String format(Locale locale, String key, Object... args) {
		Locale l = locale == null ? Locale.ROOT : locale;
		String pattern = pattern(l, key);
		if (pattern == null) {
			return args == null || args.length == 0 ? key : key + " " + Arrays.toString(args);
		}
		MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(l));
		return format.format(plainIntegers(format, args == null ? new Object[0] : args));
	}

	/** The English text (the base properties file). */
	public String english(String key, Object... args) {
		return format(Locale.ROOT, key, args);
	}

	/** The text in the JVM's current default locale (Thai under {@code -nl th}). */
	public String local(String key, Object... args) {
		return format(Locale.getDefault(), key, args);
	}

	private String pattern(Locale locale, String key) {
		try {
			// the one ResourceBundle look-up of Sujarit; the parent chain gives the per-key fallback to English
			return ResourceBundle.getBundle(baseName, locale, loader, CONTROL).getString(key);
		} catch (MissingResourceException e) {
			return null;
		}
	}

	/** Integral arguments of elements without a format type become plain digit strings (no grouping). */
	private static Object[] plainIntegers(MessageFormat format, Object[] args) {
		java.text.Format[] formats = format.getFormatsByArgumentIndex();
		Object[] result = args.clone();
		for (int i = 0; i < result.length; i++) {
			if (isIntegral(result[i]) && (i >= formats.length || formats[i] == null)) {
				result[i] = result[i].toString();
			}
		}
		return result;
	}

	private static boolean isIntegral(Object o) {
		return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte
				|| o instanceof BigInteger || o instanceof AtomicInteger || o instanceof AtomicLong;
	}

	@Override
	public String toString() {
		return "MessageCatalog[" + baseName + "]";
	}
}
