package org.sujarit.publish;

import org.sujarit.core.problem.SujaritException;

/**
 * The site could not be published: one line naming the folder or document and the reason, in English
 * ({@link #getMessage()}) or the user's language. Whenever this is thrown, an existing site is left as it was.
 */
public class PublishException extends SujaritException {
	private static final long serialVersionUID = 1L;

	public PublishException(PublishProblem problem, Throwable cause, Object... args) {
		super(problem, cause, args);
	}

	public PublishProblem getProblem() {
		return (PublishProblem) code();
	}
}
