package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.MessageLoader;
import org.sujarit.emf.ui.Messages;

/** Thai messages (UTF-8 files) come back intact; English is the fallback for other locales. */
class MessageLoaderTest {

	@Test
	void thaiAndEnglishMessages() {
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("th-TH"));
			MessageLoader.load(Messages.class, "org.sujarit.emf.ui.messages");
			assertEquals("เลิกทำ (&U)", Messages.undo);
			assertEquals("เพิ่มรายการย่อย (&C)", Messages.newChild);
			Locale.setDefault(Locale.ENGLISH);
			MessageLoader.load(Messages.class, "org.sujarit.emf.ui.messages");
			assertEquals("&Undo", Messages.undo);
		} finally {
			Locale.setDefault(saved);
			MessageLoader.load(Messages.class, "org.sujarit.emf.ui.messages");
		}
	}
}
