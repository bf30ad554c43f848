package org.sujarit.model.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of one bundle (a {@code messages.properties} file with its {@code messages_th.properties} beside it)
 * looked up in a locale chosen at call time.
 * <p>
 * Eclipse NLS binds one locale per JVM into static fields, but an exception has to answer in English
 * ({@link Throwable#getMessage()}, for logs) and in the user's language ({@link Throwable#getLocalizedMessage()}) at
 * the same time, so Sujarit's exceptions read their texts through {@link ResourceBundle}. Java 9+ reads
 * {@code .properties} bundles as UTF-8, so the Thai files are plain UTF-8.
 */
public final class MessageBundle {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String baseName;
	private final ClassLoader loader;

	/**
	 * @param anchor   a class of the bundle that holds the properties files (gives the class loader)
	 * @param baseName e.g. {@code org.sujarit.model.io.messages}
	 */
	public MessageBundle(Class<?> anchor, String baseName) {
		this.baseName = baseName;
		this.loader = anchor.getClassLoader();
	}

	/** The text of {@code key} in {@code locale} (English when the locale has no file), with arguments filled in. */
	public String format(Locale locale, String key, Object... args) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK).getString(key);
		} catch (MissingResourceException e) {
			// a missing key is a programming error, but the user must still see something useful
			pattern = key;
		}
		if (args == null || args.length == 0) {
			return pattern;
		}
		Object[] shown = args.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof Localized l) {
				shown[i] = l.toString(locale);
			}
		}
		return new MessageFormat(pattern, locale).format(shown);
	}

	/** An argument that is itself text in words, printed in the locale of the whole message. */
	public interface Localized {
		String toString(Locale locale);
	}

	/** The English text (the base properties file). */
	public String english(String key, Object... args) {
		return format(Locale.ROOT, key, args);
	}

	/** The text in the JVM's current default locale (Thai under {@code -nl th}). */
	public String local(String key, Object... args) {
		return format(Locale.getDefault(), key, args);
	}
}
