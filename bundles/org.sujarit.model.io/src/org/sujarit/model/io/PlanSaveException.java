package org.sujarit.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Saving a plan failed; the previous file is intact. English {@link #getMessage()}, localized
 * {@link #getLocalizedMessage()}, like {@link PlanLoadException}.
 */
public class PlanSaveException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final String key;
	private final Object[] args;

	PlanSaveException(Path file, String key, Throwable cause, Object... args) {
		super(null, cause);
		this.file = file;
		this.key = key;
		this.args = args;
	}

	public Path getFile() {
		return file;
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
}
