package org.sujarit.framework.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of a rule bundle in a requested locale: {@code <baseName>.properties} (English) and
 * {@code <baseName>_th.properties} (Thai), both UTF-8, beside the class that anchors them.
 * <p>
 * Findings are rendered for the locale the caller asks for (the CLI's language option, the workbench's locale), so
 * unlike Eclipse NLS fields, which are fixed at class-load time, one process can produce both languages.
 * Arguments are inserted as text ({@link String#valueOf}): numbers are formatted by the caller, so that years are
 * never printed with a thousands separator.
 */
public final class RuleMessages {

	/** Thai, as used for the th properties files. */
	public static final Locale THAI = Locale.of("th");

	private final String baseName;
	private final ClassLoader loader;

	public RuleMessages(Class<?> anchor, String baseName) {
		this.baseName = baseName;
		this.loader = anchor.getClassLoader();
	}

	/** The message of {@code key} in {@code locale} (English when the locale has no translation). */
	public String format(Locale locale, String key, Object... args) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(baseName, locale, loader, ResourceBundle.Control
					.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
		if (args.length == 0) {
			return pattern;
		}
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = String.valueOf(args[i]);
		}
		return new MessageFormat(pattern.replace("'", "''"), locale).format(texts);
	}

	/** Whether messages for {@code locale} should be Thai. */
	public static boolean isThai(Locale locale) {
		return locale != null && "th".equals(locale.getLanguage());
	}
}
