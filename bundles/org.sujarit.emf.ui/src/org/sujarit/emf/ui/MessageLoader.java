package org.sujarit.emf.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Fills the public static String fields of a messages class from {@code <bundleName>[_<locale>].properties}, read as
 * UTF-8. Eclipse's NLS reads message files as ISO-8859-1 on this platform, which garbles Thai written in UTF-8;
 * {@link ResourceBundle} reads UTF-8 (Java 9+). The locale is the JVM default, which Equinox sets from {@code -nl}.
 * A missing key leaves a visible marker instead of failing.
 */
public final class MessageLoader {

	private MessageLoader() {
	}

	public static void load(Class<?> messagesClass, String bundleName) {
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(bundleName, Locale.getDefault(), messagesClass.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			bundle = null;
		}
		for (Field f : messagesClass.getDeclaredFields()) {
			int m = f.getModifiers();
			if (!Modifier.isStatic(m) || !Modifier.isPublic(m) || Modifier.isFinal(m) || f.getType() != String.class) {
				continue;
			}
			String value;
			try {
				value = bundle == null ? null : bundle.getString(f.getName());
			} catch (MissingResourceException e) {
				value = null;
			}
			try {
				f.set(null, value == null ? "!" + f.getName() + "!" : value);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
