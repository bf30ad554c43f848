package org.sujarit.thai.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.thai.BuddhistDates;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.FiscalCalendar;
import org.sujarit.thai.FiscalCalendar.DateRange;
import org.sujarit.thai.ThaiDigits;

/** Expected values are written by hand from the seed's official tables and the Thai fiscal calendar. */
class ThaiFormattingTest {

	@Test
	void digits() {
		assertEquals("๐๑๒๓๔๕๖๗๘๙", ThaiDigits.toThai("0123456789"));
		assertEquals("0123456789", ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙"));
		assertEquals("ครั้งที่ ๑/๒๕๖๕", ThaiDigits.toThai("ครั้งที่ 1/2565"));
		assertEquals("รอบ 12 เดือน", ThaiDigits.apply("รอบ ๑๒ เดือน", DigitStyle.ARABIC));
		assertEquals("๒๕๖๖", ThaiDigits.format(2566, DigitStyle.THAI));
		assertEquals("2566", ThaiDigits.format(2566, DigitStyle.ARABIC));
		assertEquals("๑,๒๓๔", ThaiDigits.formatGrouped(1234, DigitStyle.THAI));
		assertEquals("", ThaiDigits.toThai(null));
		assertTrue(ThaiDigits.containsThaiDigit("ก๑"));
		assertFalse(ThaiDigits.containsThaiDigit("ก1"));
	}

	@Test
	void digitStyleParse() {
		assertEquals(DigitStyle.THAI, DigitStyle.parse("thai"));
		assertEquals(DigitStyle.ARABIC, DigitStyle.parse(" Arabic "));
		assertThrows(IllegalArgumentException.class, () -> DigitStyle.parse("roman"));
	}

	@Test
	void buddhistYears() {
		assertEquals(2565, BuddhistDates.toBuddhistYear(2022));
		assertEquals(2023, BuddhistDates.toGregorianYear(2566));
		assertEquals(2570, BuddhistDates.buddhistYearOf(LocalDate.of(2027, 12, 31)));
		assertEquals("๒๕๖๖", BuddhistDates.formatYear(2566, DigitStyle.THAI));
	}

	@Test
	void thaiDates() {
		LocalDate meeting = LocalDate.of(2022, 9, 23);
		assertEquals("๒๓ กันยายน ๒๕๖๕", BuddhistDates.format(meeting, DigitStyle.THAI));
		assertEquals("23 กันยายน 2565", BuddhistDates.format(meeting, DigitStyle.ARABIC));
		assertEquals("๒๓ ก.ย. ๒๕๖๕", BuddhistDates.formatShort(meeting, DigitStyle.THAI));
		assertEquals("๕ เมษายน ๒๕๖๖", BuddhistDates.format(LocalDate.of(2023, 4, 5), DigitStyle.THAI));
		assertEquals("1 มี.ค. 2566", BuddhistDates.formatShort(LocalDate.of(2023, 3, 1), DigitStyle.ARABIC));
		assertEquals("ส.ค.", BuddhistDates.monthName(Month.AUGUST, true));
		assertEquals("ตุลาคม", BuddhistDates.monthName(Month.OCTOBER, false));
	}

	@Test
	void fiscalYearBoundaries() {
		assertEquals(2565, FiscalCalendar.fiscalYearOf(LocalDate.of(2022, 9, 30)));
		assertEquals(2566, FiscalCalendar.fiscalYearOf(LocalDate.of(2022, 10, 1)));
		assertEquals(2566, FiscalCalendar.fiscalYearOf(LocalDate.of(2022, 12, 31)));
		assertEquals(2566, FiscalCalendar.fiscalYearOf(LocalDate.of(2023, 1, 1)));
		assertEquals(2566, FiscalCalendar.fiscalYearOf(LocalDate.of(2023, 9, 30)));
		assertEquals(2567, FiscalCalendar.fiscalYearOf(LocalDate.of(2023, 10, 1)));
		DateRange fy2566 = FiscalCalendar.fiscalYear(2566);
		assertEquals(LocalDate.of(2022, 10, 1), fy2566.start());
		assertEquals(LocalDate.of(2023, 9, 30), fy2566.end());
		assertTrue(fy2566.contains(LocalDate.of(2023, 9, 30)));
		assertFalse(fy2566.contains(LocalDate.of(2023, 10, 1)));
	}

	@Test
	void quarters() {
		assertEquals(1, FiscalCalendar.quarterOf(LocalDate.of(2022, 10, 1)));
		assertEquals(1, FiscalCalendar.quarterOf(LocalDate.of(2022, 12, 31)));
		assertEquals(2, FiscalCalendar.quarterOf(LocalDate.of(2023, 1, 1)));
		assertEquals(2, FiscalCalendar.quarterOf(LocalDate.of(2023, 3, 31)));
		assertEquals(3, FiscalCalendar.quarterOf(LocalDate.of(2023, 4, 1)));
		assertEquals(4, FiscalCalendar.quarterOf(LocalDate.of(2023, 9, 30)));
		assertEquals(List.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER), FiscalCalendar.quarterMonths(1));
		assertEquals(List.of(Month.JULY, Month.AUGUST, Month.SEPTEMBER), FiscalCalendar.quarterMonths(4));
		DateRange q2 = FiscalCalendar.quarter(2566, 2);
		assertEquals(LocalDate.of(2023, 1, 1), q2.start());
		assertEquals(LocalDate.of(2023, 3, 31), q2.end());
		DateRange q1 = FiscalCalendar.quarter(2566, 1);
		assertEquals(LocalDate.of(2022, 10, 1), q1.start());
		assertEquals(LocalDate.of(2022, 12, 31), q1.end());
		assertThrows(IllegalArgumentException.class, () -> FiscalCalendar.quarter(2566, 5));
	}

	@Test
	void rounds() {
		DateRange six = FiscalCalendar.round(2565, 6);
		assertEquals(LocalDate.of(2021, 10, 1), six.start());
		assertEquals(LocalDate.of(2022, 3, 31), six.end());
		DateRange twelve = FiscalCalendar.round(2565, 12);
		assertEquals(LocalDate.of(2021, 10, 1), twelve.start());
		assertEquals(LocalDate.of(2022, 9, 30), twelve.end());
		// leap year: FY 2567 six-month round still ends 31 March 2024
		assertEquals(LocalDate.of(2024, 3, 31), FiscalCalendar.round(2567, 6).end());
		assertThrows(IllegalArgumentException.class, () -> FiscalCalendar.round(2565, 9));
	}

	@Test
	void quartersText() {
		assertEquals("ไตรมาสที่ 4", FiscalCalendar.quartersText(List.of(4), DigitStyle.ARABIC));
		assertEquals("ไตรมาสที่ 2,4", FiscalCalendar.quartersText(List.of(4, 2), DigitStyle.ARABIC));
		assertEquals("ไตรมาสที่ 1-4", FiscalCalendar.quartersText(List.of(1, 2, 3, 4), DigitStyle.ARABIC));
		assertEquals("ไตรมาสที่ 1,2", FiscalCalendar.quartersText(Set.of(1, 2), DigitStyle.ARABIC));
		assertEquals("ไตรมาสที่ ๒-๔", FiscalCalendar.quartersText(List.of(2, 3, 4), DigitStyle.THAI));
		assertEquals("", FiscalCalendar.quartersText(List.of(), DigitStyle.THAI));
	}
}
