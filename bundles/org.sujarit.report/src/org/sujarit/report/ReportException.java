package org.sujarit.report;

/**
 * A report could not be produced. The message is meant for the user: one clear line, localized (Thai or English by
 * the platform's locale), naming what is wrong (a year outside the plan, a missing results round, a format without
 * emitter, or the engine's own failure).
 */
public class ReportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
