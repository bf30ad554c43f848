package org.sujarit.report;

import java.util.Objects;

import org.sujarit.model.RoundKind;
import org.sujarit.thai.DigitStyle;

/**
 * What to print: which table, for which fiscal year and results round, in which digits and format.
 *
 * @param table      the table (required)
 * @param fiscalYear Buddhist-era fiscal year for ANNUAL and RESULTS; {@code null}: the plan's first year (ANNUAL) or
 *                   the latest year with results (RESULTS)
 * @param round      results round for RESULTS; {@code null}: 12 months if present, else 6 months
 * @param digits     Thai (default) or Arabic digits
 * @param format     output format (required)
 */
public record ReportRequest(ReportTable table, Integer fiscalYear, RoundKind round, DigitStyle digits,
		ReportFormat format) {

	public ReportRequest {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(format, "format");
		if (digits == null) {
			digits = DigitStyle.THAI;
		}
	}

	/** A request with Thai digits, no year and no round. */
	public static ReportRequest of(ReportTable table, ReportFormat format) {
		return new ReportRequest(table, null, null, DigitStyle.THAI, format);
	}

	public ReportRequest withYear(Integer year) {
		return new ReportRequest(table, year, round, digits, format);
	}

	public ReportRequest withRound(RoundKind r) {
		return new ReportRequest(table, fiscalYear, r, digits, format);
	}

	public ReportRequest withDigits(DigitStyle d) {
		return new ReportRequest(table, fiscalYear, round, d, format);
	}

	public ReportRequest withFormat(ReportFormat f) {
		return new ReportRequest(table, fiscalYear, round, digits, f);
	}
}
