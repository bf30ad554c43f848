package org.sujarit.cli;

/** Bad command-line input: the message is printed as one line and the process exits with 2. */
public class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}

	public UsageException(String message, Throwable cause) {
		super(message, cause);
	}
}
