package org.sujarit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.core.nls.MessageCatalog;

class MessageCatalogTest {

	private static final Locale TH = Locale.forLanguageTag("th");
	private static final MessageCatalog CATALOG = MessageCatalog.of(MessageCatalogTest.class,
			"org.sujarit.core.tests.messages");

	private Locale saved;

	@BeforeEach
	void saveLocale() {
		saved = Locale.getDefault();
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(saved);
	}

	@Test
	void thaiAndEnglish() {
		assertEquals("Hello Somchai", CATALOG.format(Locale.ENGLISH, "hello", "Somchai"));
		assertEquals("Hello Somchai", CATALOG.english("hello", "Somchai"));
		assertEquals("สวัสดี สมชาย", CATALOG.format(TH, "hello", "สมชาย"));
		assertEquals("สวัสดี สมชาย", CATALOG.format(Locale.forLanguageTag("th-TH"), "hello", "สมชาย"));
	}

	@Test
	void englishIsTheBaseWhateverTheDefaultLocale() {
		Locale.setDefault(TH);
		assertEquals("Hello A", CATALOG.english("hello", "A"));
		assertEquals("สวัสดี A", CATALOG.local("hello", "A"));
		Locale.setDefault(Locale.GERMAN); // no German file: English, not Thai
		assertEquals("Hello A", CATALOG.local("hello", "A"));
		assertEquals("Hello A", CATALOG.format(Locale.FRENCH, "hello", "A"));
	}

	@Test
	void thaiFallsBackToEnglishPerKey() {
		assertEquals("Only in English: 7", CATALOG.format(TH, "onlyEnglish", 7));
		assertEquals("ปีงบประมาณ 2566", CATALOG.format(TH, "year", 2566));
	}

	@Test
	void yearsAreNeverGrouped() {
		assertEquals("Fiscal year 2566", CATALOG.english("year", 2566));
		assertEquals("Fiscal year 2566", CATALOG.english("year", 2566L));
		assertEquals("ปีงบประมาณ 2566", CATALOG.format(TH, "year", Integer.valueOf(2566)));
		assertEquals("Fiscal year 25660000", CATALOG.english("year", new java.math.BigInteger("25660000")));
	}

	@Test
	void explicitNumberFormatsStillApply() {
		assertEquals("1,234 projects", CATALOG.english("count", 1234));
		assertEquals("55,745.00 baht", CATALOG.english("amount", new BigDecimal("55745")));
		assertEquals("55,745.00 บาท", CATALOG.format(TH, "amount", new BigDecimal("55745")));
		// a non-integral number in a plain element keeps ICU's default number format
		assertEquals("Value 1,234.5", CATALOG.english("decimal", new BigDecimal("1234.5")));
	}

	@Test
	void oneApostropheRuleWithAndWithoutArguments() {
		assertEquals("It's Ann's plan", CATALOG.english("quote", "Ann"));
		assertEquals("Don't save", CATALOG.english("quoteNoArgs"), "'' is one apostrophe even without arguments");
		assertEquals("อย่า'บันทึก", CATALOG.format(TH, "quoteNoArgs"));
		assertEquals("แผนของ ก ('ทดสอบ')", CATALOG.format(TH, "quote", "ก"));
		assertEquals("Don't panic", CATALOG.english("loneApostrophe"), "ICU keeps a lone apostrophe before a letter");
		assertEquals("Use {0} literally, not x", CATALOG.english("braces", "x"));
	}

	@Test
	void missingKeyShowsTheKeyAndItsArguments() {
		assertEquals("no.such.key", CATALOG.english("no.such.key"));
		assertEquals("no.such.key [a, 2566]", CATALOG.format(TH, "no.such.key", "a", 2566));
		assertFalse(CATALOG.has("no.such.key"));
		assertTrue(CATALOG.has("hello"));
		MessageCatalog missingFile = MessageCatalog.of(MessageCatalogTest.class, "org.sujarit.core.tests.nothing");
		assertEquals("hello", missingFile.english("hello"));
	}

	@Test
	void catalogsAreShared() {
		assertSame(CATALOG, MessageCatalog.of(MessageCatalogTest.class, "org.sujarit.core.tests.messages"));
	}
}
