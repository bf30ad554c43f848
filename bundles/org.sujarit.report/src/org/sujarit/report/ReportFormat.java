package org.sujarit.report;

/** Output formats. XLSX is listed because the command line offers it; {@link ReportService#isSupported} tells. */
public enum ReportFormat {
	PDF("pdf", "pdf"), HTML("html", "html"), DOCX("docx", "docx"), XLSX("xlsx", "xlsx");

	private final String id;
	private final String birtFormat;

	ReportFormat(String id, String birtFormat) {
		this.id = id;
		this.birtFormat = birtFormat;
	}

	public String id() {
		return id;
	}

	/** The BIRT emitter format name. */
	public String birtFormat() {
		return birtFormat;
	}

	/** File extension (without dot). */
	public String extension() {
		return id;
	}

	/** @return the format with that name (pdf, html, docx, xlsx), or {@code null} */
	public static ReportFormat fromId(String id) {
		for (ReportFormat f : values()) {
			if (f.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
				return f;
			}
		}
		return null;
	}
}
