package org.sujarit.publish;

/**
 * A downloadable document of the site (an official table as PDF, or a meeting pack contributed by another bundle).
 *
 * @param path    path relative to the site root, e.g. {@code docs/2565-results-2565-12.pdf}
 * @param titleTh link text on Thai pages
 * @param titleEn link text on English pages
 * @param bytes   the file's content
 */
public record SiteDocument(String path, String titleTh, String titleEn, byte[] bytes) {
}
