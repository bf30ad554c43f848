package org.sujarit.model.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A plan file could not be opened. {@link #getMessage()} is English (for logs), {@link #getLocalizedMessage()} is in
 * the user's language (Thai under a Thai locale); both name the file and the problem, never a stack trace.
 */
public class PlanLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong; lets callers react (e.g. offer to open a backup) without parsing messages. */
	public enum Problem {
		NOT_FOUND, UNREADABLE, EMPTY, DOCTYPE_REFUSED, MALFORMED, NOT_A_PLAN, UNKNOWN_MODEL, OUT_OF_BOUNDS
	}

	private final Problem problem;
	private final Path file;
	private final int line;
	private final int column;
	private final String key;
	private final Object[] args;

	PlanLoadException(Problem problem, Path file, int line, int column, String key, Throwable cause, Object... args) {
		super(null, cause);
		this.problem = problem;
		this.file = file;
		this.line = line;
		this.column = column;
		this.key = key;
		this.args = args;
	}

	public Problem getProblem() {
		return problem;
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line of the problem in the file, or -1 when unknown. */
	public int getLine() {
		return line;
	}

	/** 1-based column of the problem in the file, or -1 when unknown. */
	public int getColumn() {
		return column;
	}

	@Override
	public String getMessage() {
		return getMessage(Locale.ROOT);
	}

	@Override
	public String getLocalizedMessage() {
		return getMessage(Locale.getDefault());
	}

	/** The message in the given locale (English when there is no translation). */
	public String getMessage(Locale locale) {
		return Messages.BUNDLE.format(locale, key, args);
	}

	/** The message key, which is also the problem code tests assert (e.g. {@code load.yearsRange}). */
	public String getKey() {
		return key;
	}

}
