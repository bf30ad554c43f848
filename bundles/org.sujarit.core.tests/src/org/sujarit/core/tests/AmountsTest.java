package org.sujarit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sujarit.core.money.AmountException;
import org.sujarit.core.money.AmountException.Reason;
import org.sujarit.core.money.Amounts;

/** Amounts in unambiguous forms only; the expected values are worked out by hand. */
class AmountsTest {

	private static Reason refused(String text) {
		return assertThrows(AmountException.class, () -> Amounts.parse(text), text).reason();
	}

	@Test
	void unambiguousFormsAreRead() throws AmountException {
		assertEquals(new BigDecimal("1234.50"), Amounts.parse("1234.50"));
		assertEquals(new BigDecimal("1234.50"), Amounts.parse("1,234.50"));
		assertEquals(new BigDecimal("1234567"), Amounts.parse("1,234,567"));
		assertEquals(new BigDecimal("55745.00"), Amounts.parse(" 55745.00 "));
		assertEquals(new BigDecimal("1234.50"), Amounts.parse("๑,๒๓๔.๕๐"));
		assertEquals(new BigDecimal("0.5"), Amounts.parse("0.5"));
		assertEquals(new BigDecimal("999999999999.99"), Amounts.parse("999,999,999,999.99"));
	}

	@Test
	void ambiguousFormsAreRefusedWithWhere() {
		AmountException e = assertThrows(AmountException.class, () -> Amounts.parse("1.234,50"));
		assertEquals(Reason.DECIMAL_COMMA, e.reason());
		assertEquals(6, e.position(), "the comma after the point");
		assertEquals(Reason.GROUPING, refused("1,2,3"));
		assertEquals(Reason.GROUPING, refused("1234,567"));
		assertEquals(Reason.GROUPING, refused("12,3456.00"));
		assertEquals(Reason.GROUPING, refused("1,23"));
		assertEquals(Reason.DECIMAL_COMMA, refused("1.234.567"));
		assertEquals(Reason.TOO_MANY_DECIMALS, refused("1.234"));
		assertEquals(Reason.NEGATIVE, refused("-5"));
		assertEquals(Reason.NOT_A_NUMBER, refused("1E+999999"));
		assertEquals(Reason.NOT_A_NUMBER, refused("12 บาท"));
		assertEquals(Reason.NOT_A_NUMBER, refused(".5"));
		assertEquals(Reason.NOT_A_NUMBER, refused("5."));
		assertEquals(Reason.EMPTY, refused("  "));
		assertEquals(Reason.TOO_LARGE, refused("1,000,000,000,000"));
	}

	@Test
	void boundsOfNumbersAlreadyRead() {
		assertNull(Amounts.check(new BigDecimal("999999999999.99")));
		assertNull(Amounts.check(new BigDecimal("1.50000"))); // trailing zeros are not decimals
		assertEquals(Reason.TOO_LARGE, Amounts.check(new BigDecimal("1E+999999")));
		assertEquals(Reason.TOO_LARGE, Amounts.check(new BigDecimal("1000000000000")));
		assertEquals(Reason.TOO_MANY_DECIMALS, Amounts.check(new BigDecimal("1E-999999")));
		assertEquals(Reason.TOO_MANY_DECIMALS, Amounts.check(new BigDecimal("0.001")));
		assertEquals(Reason.NEGATIVE, Amounts.check(new BigDecimal("-0.01")));
		assertNull(Amounts.checkMagnitude(new BigDecimal("-0.01")));
	}

	@Test
	void reasonsInBothLanguages() {
		for (Reason r : Reason.values()) {
			String en = r.text(Locale.ROOT);
			String th = r.text(Locale.forLanguageTag("th"));
			assertTrue(!en.isBlank() && !en.equals(th), r + ": " + en);
			assertTrue(th.codePoints().anyMatch(cp -> cp >= 0x0E01 && cp <= 0x0E5B), th);
		}
		assertTrue(Reason.TOO_LARGE.text(Locale.ROOT).contains("12"), "the bound, ungrouped");
	}
}
