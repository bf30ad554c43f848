package org.sujarit.report.birt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.sujarit.report.data.SheetRow;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.BuddhistDates;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.FiscalCalendar;
import org.sujarit.thai.ThaiDigits;

/**
 * The designs' formatting edge, called from their scripts (the instance {@link #INSTANCE} is in the task's app
 * context as {@value BirtInput#FORMAT}: BIRT's Rhino does not see bundle classes through {@code Packages}):
 * typed values in, text in the task locale's digits out (th_TH@numbers=thai gives Thai digits, as for page numbers),
 * through {@code org.sujarit.thai}. Wording comes from the designs' resource file (reports/official.properties)
 * through the report context.
 */
public final class DesignFormat {
	public static final DesignFormat INSTANCE = new DesignFormat();

	private DesignFormat() {
	}

	/** Thai digits when the locale's numbering system is thai (th-TH-u-nu-thai), else Arabic. */
	public DigitStyle digits(Locale locale) {
		return digitsOf(locale);
	}

	static DigitStyle digitsOf(Locale locale) {
		return locale != null && "thai".equals(locale.getUnicodeLocaleType("nu")) ? DigitStyle.THAI
				: DigitStyle.ARABIC;
	}

	public String number(Object n, Locale locale) {
		BigDecimal b = decimal(n);
		return b == null ? "" : ThaiDigits.format(b.longValue(), digitsOf(locale));
	}

	/** Codes and other text with digits ("1.1") in the locale's digits. */
	public String text(Object s, Locale locale) {
		return s == null ? "" : ThaiDigits.apply(String.valueOf(s).trim(), digitsOf(locale));
	}

	/** Whole baht with separators; {@code null} as zero. */
	public String baht(Object amount, Locale locale) {
		return BahtFormat.whole(digitsOf(locale)).format(decimal(amount));
	}

	/** Baht with two decimals; {@code null} as zero. */
	public String baht2(Object amount, Locale locale) {
		return BahtFormat.withDecimals(digitsOf(locale)).format(decimal(amount));
	}

	/** "ไตรมาสที่ ๑-๔" from four flags. */
	public String quarters(Object q1, Object q2, Object q3, Object q4, Locale locale) {
		List<Integer> qs = new ArrayList<>();
		Object[] flags = { q1, q2, q3, q4 };
		for (int i = 0; i < 4; i++) {
			if (Boolean.TRUE.equals(flags[i]) || "true".equals(String.valueOf(flags[i]))) {
				qs.add(i + 1);
			}
		}
		return FiscalCalendar.quartersText(qs, digitsOf(locale));
	}

	/** "๑ ตุลาคม ๒๕๖๕" */
	public String date(Object date, Locale locale) {
		return date instanceof LocalDate d ? BuddhistDates.format(d, digitsOf(locale)) : "";
	}

	/** The amount in Thai words ("…บาทถ้วน"). */
	public String words(Object amount) {
		return BahtFormat.inWords(decimal(amount));
	}

	/** A number from what BIRT hands a script: BigDecimal, Integer, Double, a numeric string; else {@code null}. */
	static BigDecimal decimal(Object n) {
		if (n == null) {
			return null;
		}
		if (n instanceof BigDecimal b) {
			return b;
		}
		if (n instanceof Integer || n instanceof Long || n instanceof Short) {
			return BigDecimal.valueOf(((Number) n).longValue());
		}
		if (n instanceof Number num) {
			double d = num.doubleValue();
			return Double.isNaN(d) ? null : BigDecimal.valueOf(d);
		}
		String s = String.valueOf(n).trim();
		if (s.isEmpty() || "null".equals(s) || "undefined".equals(s)) {
			return null;
		}
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The nine sections of a project sheet as an HTML fragment, wording from the design's resource file. */
	public String sheetBody(SheetRow row, List<Integer> years, IReportContext context) {
		return new SheetHtml(context, digitsOf(context.getLocale())).body(row, years);
	}

	/** The dimension / mission / sub-mission headings printed before a sheet when they change. */
	public String sheetHeading(SheetRow row, SheetRow previous, IReportContext context) {
		return new SheetHtml(context, digitsOf(context.getLocale())).heading(row, previous);
	}
}
