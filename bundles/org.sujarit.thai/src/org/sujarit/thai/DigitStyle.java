package org.sujarit.thai;

import java.util.Locale;

import com.ibm.icu.util.ULocale;

/** Which digits a printed figure uses: Thai ๐–๙ (the default of Thai official documents) or Arabic 0–9. */
public enum DigitStyle {
	THAI("th_TH@numbers=thai"), ARABIC("th_TH@numbers=latn");

	private final ULocale numberLocale;

	DigitStyle(String icuLocale) {
		this.numberLocale = new ULocale(icuLocale);
	}

	/** Thai locale with this numbering system, for ICU formats (and BIRT's per-element number format). */
	public ULocale numberLocale() {
		return numberLocale;
	}

	/** The same as a BCP 47 tag ({@code th-TH-u-nu-thai} / {@code th-TH-u-nu-latn}), for java.time and java.text. */
	public Locale javaLocale() {
		return numberLocale.toLocale();
	}

	/**
	 * Parses "thai" / "arabic" (any case; also "th", "latn", "ar" leniently: what users type on the command line).
	 *
	 * @throws IllegalArgumentException for anything else
	 */
	public static DigitStyle parse(String text) {
		String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		return switch (s) {
		case "thai", "th" -> THAI;
		case "arabic", "latn", "ar", "latin" -> ARABIC;
		default -> throw new IllegalArgumentException(text);
		};
	}
}
