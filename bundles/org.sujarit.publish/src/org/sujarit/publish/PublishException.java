package org.sujarit.publish;

import java.util.Locale;

import org.sujarit.model.io.MessageBundle;

/**
 * The site could not be published. {@link #getMessage()} is English, {@link #getLocalizedMessage()} is in the user's
 * language; both are one line naming the folder or file and the reason. Whenever this is thrown, an existing site is
 * left as it was. (To become a {@code SujaritException} with a {@code ProblemCode} once org.sujarit.core lands.)
 */
public class PublishException extends Exception {
	private static final long serialVersionUID = 1L;

	static final MessageBundle MESSAGES = new MessageBundle(PublishException.class, "org.sujarit.publish.messages");

	/** What went wrong; the id is the message key. */
	public enum Problem {
		OUT_IS_FILE("publish.out.isFile"),
		OUT_NOT_SITE("publish.out.notSite"),
		OUT_PARENT_MISSING("publish.out.parentMissing"),
		OUT_READ_ONLY("publish.out.readOnly"),
		NO_PLANS("publish.noPlans"),
		WRITE_FAILED("publish.writeFailed"),
		REPORT_FAILED("publish.reportFailed"),
		CANCELLED("publish.cancelled");

		private final String id;

		Problem(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}
	}

	private final Problem problem;
	private final Object[] args;

	public PublishException(Problem problem, Throwable cause, Object... args) {
		super(null, cause);
		this.problem = problem;
		this.args = args;
	}

	public Problem getProblem() {
		return problem;
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
		return MESSAGES.format(locale, problem.id(), args).replace('\n', ' ');
	}
}
