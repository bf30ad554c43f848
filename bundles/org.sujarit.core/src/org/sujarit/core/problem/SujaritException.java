package org.sujarit.core.problem;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The one base exception of Sujarit: a {@link ProblemCode} and the arguments of its message. {@link #getMessage()}
 * is English (for logs and stack traces), {@link #getLocalizedMessage()} is in the JVM's default locale (for the
 * user), {@link #getMessage(Locale)} in any locale. Subclasses may add typed context (the file of a plan that failed
 * to load); callers that only report an error catch this class.
 */
public class SujaritException extends Exception {

	private static final long serialVersionUID = 1L;

	// codes and arguments are plain values of a running program; a deserialised exception keeps only its message
	private final transient ProblemCode code;
	private final transient Object[] args;

	public SujaritException(ProblemCode code, Object... args) {
		this(code, null, args);
	}

	public SujaritException(ProblemCode code, Throwable cause, Object... args) {
		super(Objects.requireNonNull(code, "code").id(), cause);
		this.code = code;
		this.args = args == null ? new Object[0] : args.clone();
	}

	public ProblemCode code() {
		return code;
	}

	/** A copy of the message arguments. */
	public Object[] args() {
		return args == null ? new Object[0] : args.clone();
	}

	/** English, the base properties file. */
	@Override
	public String getMessage() {
		return getMessage(Locale.ROOT);
	}

	/** In the JVM default locale (Thai under {@code -nl th}). */
	@Override
	public String getLocalizedMessage() {
		return getMessage(Locale.getDefault());
	}

	public String getMessage(Locale locale) {
		if (code == null) {
			return super.getMessage();
		}
		return code.message(locale, args);
	}

	/** An error status with the localised message, this exception attached (for the error log and dialogs). */
	public IStatus toStatus(String pluginId) {
		return new Status(IStatus.ERROR, pluginId, getLocalizedMessage(), this);
	}
}
