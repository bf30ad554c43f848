package org.sujarit.thai;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Buddhist-era (พ.ศ.) years and Thai dates, through java.time's {@link ThaiBuddhistChronology} and the JDK's Thai
 * month names: "๒๓ กันยายน ๒๕๖๕", abbreviated "๒๓ ก.ย. ๒๕๖๕".
 */
public final class BuddhistDates {

	private static final Locale THAI = Locale.forLanguageTag("th-TH");

	private BuddhistDates() {
	}

	/** 2022 → 2565. */
	public static int toBuddhistYear(int gregorianYear) {
		return ThaiBuddhistChronology.INSTANCE.date(LocalDate.of(gregorianYear, 1, 1)).get(ChronoField.YEAR);
	}

	/** 2565 → 2022. */
	public static int toGregorianYear(int buddhistYear) {
		return LocalDate.from(ThaiBuddhistChronology.INSTANCE.date(buddhistYear, 1, 1)).getYear();
	}

	/** The Buddhist-era year of a date. */
	public static int buddhistYearOf(LocalDate date) {
		return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
	}

	/** The first day of a Buddhist-era year (1 January). */
	public static LocalDate firstDayOf(int buddhistYear) {
		return LocalDate.from(ThaiBuddhistChronology.INSTANCE.date(buddhistYear, 1, 1));
	}

	/** "๒๓ กันยายน ๒๕๖๕" (Thai digits) or "23 กันยายน 2565". */
	public static String format(LocalDate date, DigitStyle digits) {
		return formatter("d MMMM yyyy", digits).format(date);
	}

	/** "๒๓ ก.ย. ๒๕๖๕": the abbreviated month. */
	public static String formatShort(LocalDate date, DigitStyle digits) {
		return formatter("d MMM yyyy", digits).format(date);
	}

	/** The Thai month name, e.g. "ตุลาคม" (full) or "ต.ค." (abbreviated). */
	public static String monthName(java.time.Month month, boolean abbreviated) {
		return month.getDisplayName(abbreviated ? java.time.format.TextStyle.SHORT : java.time.format.TextStyle.FULL,
				THAI);
	}

	/** A year in the given digits: 2566 → "๒๕๖๖". */
	public static String formatYear(int buddhistYear, DigitStyle digits) {
		return ThaiDigits.format(buddhistYear, digits);
	}

	private static DateTimeFormatter formatter(String pattern, DigitStyle digits) {
		return DateTimeFormatter.ofPattern(pattern, THAI).withChronology(ThaiBuddhistChronology.INSTANCE)
				.withDecimalStyle(DecimalStyle.of(digits.javaLocale()));
	}
}
