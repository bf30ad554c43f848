package org.sujarit.thai;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The Thai government fiscal year: it starts on 1 October and is named by the Buddhist-era year in which it ends
 * (FY 2566 = 1 Oct 2565 – 30 Sep 2566 BE = 1 Oct 2022 – 30 Sep 2023). Quarters: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun,
 * Q4 Jul–Sep. Results are reported in a 6-month round (Q1+Q2) and a 12-month round (the whole year).
 * All years here are Buddhist-era; dates are ISO {@link LocalDate}s.
 */
public final class FiscalCalendar {

	/** First month of a fiscal year. */
	public static final Month FIRST_MONTH = Month.OCTOBER;
	/** Printed before the quarter numbers: "ไตรมาสที่ 2,4". */
	public static final String QUARTER_PREFIX = "ไตรมาสที่ ";

	/** An inclusive range of days. */
	public record DateRange(LocalDate start, LocalDate end) {
		public boolean contains(LocalDate date) {
			return !date.isBefore(start) && !date.isAfter(end);
		}
	}

	private FiscalCalendar() {
	}

	/** The Buddhist-era fiscal year a date falls in: 30 Sep 2022 → 2565, 1 Oct 2022 → 2566. */
	public static int fiscalYearOf(LocalDate date) {
		LocalDate shifted = date.plusMonths(12 - FIRST_MONTH.getValue() + 1L); // Oct → January of the next year
		return BuddhistDates.buddhistYearOf(shifted);
	}

	/** The days of a fiscal year: 2566 → 2022-10-01 … 2023-09-30. */
	public static DateRange fiscalYear(int buddhistFiscalYear) {
		LocalDate start = BuddhistDates.firstDayOf(buddhistFiscalYear - 1).withMonth(FIRST_MONTH.getValue());
		return new DateRange(start, start.plusYears(1).minusDays(1));
	}

	/** The fiscal quarter (1–4) a date falls in: October → 1, January → 2, April → 3, July → 4. */
	public static int quarterOf(LocalDate date) {
		int monthInYear = Math.floorMod(date.getMonthValue() - FIRST_MONTH.getValue(), 12); // 0 = October
		return monthInYear / 3 + 1;
	}

	/** The three months of a quarter: 1 → [OCTOBER, NOVEMBER, DECEMBER]. */
	public static List<Month> quarterMonths(int quarter) {
		checkQuarter(quarter);
		Month first = FIRST_MONTH.plus(3L * (quarter - 1));
		return List.of(first, first.plus(1), first.plus(2));
	}

	/** The days of a quarter of a fiscal year: (2566, 1) → 2022-10-01 … 2022-12-31. */
	public static DateRange quarter(int buddhistFiscalYear, int quarter) {
		checkQuarter(quarter);
		LocalDate start = fiscalYear(buddhistFiscalYear).start().plusMonths(3L * (quarter - 1));
		return new DateRange(start, YearMonth.from(start.plusMonths(2)).atEndOfMonth());
	}

	/**
	 * The period a results round covers: 6 → 1 Oct – 31 Mar, 12 → 1 Oct – 30 Sep.
	 *
	 * @throws IllegalArgumentException for other lengths
	 */
	public static DateRange round(int buddhistFiscalYear, int months) {
		if (months != 6 && months != 12) {
			throw new IllegalArgumentException("round must be 6 or 12 months: " + months);
		}
		LocalDate start = fiscalYear(buddhistFiscalYear).start();
		return new DateRange(start, start.plusMonths(months).minusDays(1));
	}

	/**
	 * Quarters as the plan tables print them: {4} → "ไตรมาสที่ 4", {2,4} → "ไตรมาสที่ 2,4", {1,2,3,4} → "ไตรมาสที่
	 * 1-4" (a run of three or more is a range). Empty or {@code null} gives "".
	 */
	public static String quartersText(Collection<Integer> quarters, DigitStyle digits) {
		if (quarters == null || quarters.isEmpty()) {
			return "";
		}
		List<Integer> q = new ArrayList<>(new TreeSet<>(quarters));
		StringBuilder sb = new StringBuilder(QUARTER_PREFIX);
		int i = 0;
		while (i < q.size()) {
			int j = i;
			while (j + 1 < q.size() && q.get(j + 1) == q.get(j) + 1) {
				j++;
			}
			if (sb.length() > QUARTER_PREFIX.length()) {
				sb.append(',');
			}
			if (j - i >= 2) {
				sb.append(q.get(i)).append('-').append(q.get(j));
				i = j + 1;
			} else {
				sb.append(q.get(i));
				i++;
			}
		}
		return ThaiDigits.apply(sb, digits);
	}

	private static void checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
		}
	}
}
