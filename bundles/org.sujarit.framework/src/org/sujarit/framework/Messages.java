package org.sujarit.framework;

import java.util.Locale;

import org.sujarit.framework.validation.RuleMessages;

/** Messages of the framework registry and the generic rules (messages.properties / messages_th.properties). */
public final class Messages {

	private static final RuleMessages MESSAGES = new RuleMessages(Messages.class, "org.sujarit.framework.messages");

	private Messages() {
	}

	public static String get(Locale locale, String key, Object... args) {
		return MESSAGES.format(locale, key, args);
	}

	public static String en(String key, Object... args) {
		return get(Locale.ENGLISH, key, args);
	}

	public static String th(String key, Object... args) {
		return get(RuleMessages.THAI, key, args);
	}

	public static boolean isThai(Locale locale) {
		return RuleMessages.isThai(locale);
	}
}
