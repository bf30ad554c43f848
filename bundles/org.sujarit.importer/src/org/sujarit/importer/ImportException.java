package org.sujarit.importer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Seed data could not be imported. {@link #getMessage()} is English, {@link #getLocalizedMessage()} follows the
 * default locale (Thai under a Thai locale); both name the file and, for CSV rows, the line.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;
	private final String key;
	private final Object[] args;

	ImportException(Path file, int line, String key, Throwable cause, Object... args) {
		super(null, cause);
		this.file = file;
		this.line = line;
		this.key = key;
		this.args = args;
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line of the offending row, or -1. */
	public int getLine() {
		return line;
	}

	@Override
	public String getMessage() {
		return getMessage(Locale.ROOT);
	}

	@Override
	public String getLocalizedMessage() {
		return getMessage(Locale.getDefault());
	}

	public String getMessage(Locale locale) {
		return Messages.BUNDLE.format(locale, key, args);
	}

	/** The message key, which is also the problem code tests assert (e.g. {@code import.rowAmount}). */
	public String getKey() {
		return key;
	}

	/** The message's arguments (file, line, column, value, ...). */
	public Object[] getArgs() {
		return args == null ? new Object[0] : args.clone();
	}

}
