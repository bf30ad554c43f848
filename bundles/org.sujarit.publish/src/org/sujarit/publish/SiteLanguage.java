package org.sujarit.publish;

import java.util.Locale;

import org.sujarit.core.nls.MessageCatalog;
import org.sujarit.thai.DigitStyle;
import org.sujarit.thai.ThaiDigits;

/**
 * The two languages of the site. Thai pages sit at the root and print figures in Thai digits, as the official tables
 * do; English pages sit under {@code en/} with Arabic digits. Only the fixed text is translated: plan content is
 * printed as recorded.
 */
public enum SiteLanguage {
	THAI("th", "", Locale.of("th"), DigitStyle.THAI),
	ENGLISH("en", "en/", Locale.ROOT, DigitStyle.ARABIC);

	private static final MessageCatalog TEXT = MessageCatalog.of(SiteLanguage.class, "org.sujarit.publish.site");

	private final String code;
	private final String folder;
	private final Locale locale;
	private final DigitStyle digits;

	SiteLanguage(String code, String folder, Locale locale, DigitStyle digits) {
		this.code = code;
		this.folder = folder;
		this.locale = locale;
		this.digits = digits;
	}

	/** The {@code lang} attribute value. */
	public String code() {
		return code;
	}

	/** Folder of this language's pages, relative to the site root ("" or "en/"). */
	public String folder() {
		return folder;
	}

	/** From a page of this language back to the site root. */
	public String toRoot() {
		return folder.isEmpty() ? "" : "../";
	}

	public DigitStyle digits() {
		return digits;
	}

	public SiteLanguage other() {
		return this == THAI ? ENGLISH : THAI;
	}

	/** Fixed text; arguments are strings already formatted in this language's digits. */
	public String text(String key, Object... args) {
		return TEXT.format(locale, key, args);
	}

	/** A number in this language's digits, without grouping (years, counts, sequence numbers). */
	public String num(long n) {
		return ThaiDigits.format(n, digits);
	}

	/** Any text with its digits in this language's style. */
	public String digits(String s) {
		return ThaiDigits.apply(s, digits);
	}
}
