package org.sujarit.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import org.sujarit.thai.DigitStyle;

/**
 * Baht amounts as the official tables print them: with thousands separators, either whole ("๗๒,๒๔๐", the 5-year plan
 * summary) or with two decimals ("๒๗๕,๑๔๕.๐๐", the annual plan and the results report); "ไม่ใช้งบฯ" for a project
 * without budget; and baht in words ("…บาทถ้วน", "…บาท…สตางค์") spelled by ICU's Thai rule-based number format.
 * Instances are immutable and thread-safe.
 */
public final class BahtFormat {

	/** What the summary table prints for a project without budget. The terms are Thai whatever the UI language. */
	public static final String NO_BUDGET = "ไม่ใช้งบฯ";
	/** The unabbreviated form, used on the project sheets (section 7). */
	public static final String NO_BUDGET_FULL = "ไม่ใช้งบประมาณ";
	public static final String BAHT = "บาท";
	private static final String EXACT = "ถ้วน";
	private static final String SATANG = "สตางค์";
	private static final String MINUS = "ลบ";
	private static final String ONE = "หนึ่ง";
	private static final String ONE_TRAILING = "เอ็ด";
	private static final String MILLION = "ล้าน";
	private static final String ZERO = "ศูนย์";

	private static final RuleBasedNumberFormat SPELLOUT = new RuleBasedNumberFormat(new ULocale("th"),
			RuleBasedNumberFormat.SPELLOUT);

	private final DigitStyle digits;
	private final boolean decimals;
	private final DecimalFormat prototype;

	private BahtFormat(DigitStyle digits, boolean decimals) {
		this.digits = digits;
		this.decimals = decimals;
		DecimalFormat df = new DecimalFormat(decimals ? "#,##0.00" : "#,##0",
				DecimalFormatSymbols.getInstance(digits.numberLocale()));
		df.setRoundingMode(RoundingMode.HALF_UP.ordinal());
		this.prototype = df;
	}

	/** Whole baht with separators: 72240 → ๗๒,๒๔๐. */
	public static BahtFormat whole(DigitStyle digits) {
		return new BahtFormat(digits, false);
	}

	/** Baht with two decimals: 275145 → ๒๗๕,๑๔๕.๐๐. */
	public static BahtFormat withDecimals(DigitStyle digits) {
		return new BahtFormat(digits, true);
	}

	public DigitStyle digits() {
		return digits;
	}

	public boolean hasDecimals() {
		return decimals;
	}

	/** The amount; {@code null} counts as zero (a table cell never shows "null"). */
	public String format(BigDecimal amount) {
		DecimalFormat df = (DecimalFormat) prototype.clone(); // ICU formats are not thread-safe
		return df.format(amount == null ? BigDecimal.ZERO : amount);
	}

	/** {@link #NO_BUDGET} when the project uses no budget, else the amount. */
	public String formatBudget(BigDecimal amount, boolean noBudget) {
		return noBudget ? NO_BUDGET : format(amount);
	}

	/**
	 * The amount in Thai words as on cheques and receipts (Excel's BAHTTEXT convention): 72240 →
	 * "เจ็ดหมื่นสองพันสองร้อยสี่สิบบาทถ้วน", 101.50 → "หนึ่งร้อยเอ็ดบาทห้าสิบสตางค์", 0.25 → "ยี่สิบห้าสตางค์", 0 →
	 * "ศูนย์บาทถ้วน". Rounded half-up to the satang; negative amounts start with "ลบ".
	 */
	public static String inWords(BigDecimal amount) {
		BigDecimal a = (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
		StringBuilder sb = new StringBuilder();
		if (a.signum() < 0) {
			sb.append(MINUS);
			a = a.negate();
		}
		long baht = a.setScale(0, RoundingMode.DOWN).longValueExact();
		int satang = a.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
		if (baht == 0 && satang == 0) {
			return ZERO + BAHT + EXACT;
		}
		if (baht > 0) {
			sb.append(spell(baht)).append(BAHT);
		}
		if (satang == 0) {
			sb.append(EXACT);
		} else {
			sb.append(spell(satang)).append(SATANG);
		}
		return sb.toString();
	}

	/**
	 * ICU's Thai cardinal spell-out, without its word separators (U+200B), and with a final "one" of a number or of a
	 * million group written "เอ็ด" when higher digits precede it (101 → หนึ่งร้อยเอ็ด; ICU already does 11, 21, …).
	 */
	static String spell(long n) {
		String[] words;
		synchronized (SPELLOUT) {
			words = SPELLOUT.format(n).split("\u200B");
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			boolean lastOfGroup = i == words.length - 1 || MILLION.equals(words[i + 1]);
			sb.append(i > 0 && lastOfGroup && ONE.equals(w) ? ONE_TRAILING : w);
		}
		return sb.toString();
	}
}
