package org.sujarit.framework.nacc2566;

import java.util.Locale;

import org.sujarit.framework.validation.RuleMessages;

/** Messages of the NACC rules: messages.properties (English) and messages_th.properties (Thai), UTF-8. */
final class NaccMessages {

	private static final RuleMessages MESSAGES = new RuleMessages(NaccMessages.class,
			"org.sujarit.framework.nacc2566.messages");

	private NaccMessages() {
	}

	static String get(Locale locale, String key, Object... args) {
		return MESSAGES.format(locale, key, args);
	}
}
