package org.sujarit.framework;

import java.util.List;

/**
 * A problem found while reading framework contributions: a clash between two plug-ins, an unreadable structure or
 * catalogue file, a dimension for a framework that is not installed. The registry keeps working around it.
 *
 * @param error        true for errors (clashes, unreadable files), false for warnings
 * @param message      English message
 * @param messageTh    Thai message
 * @param contributors symbolic names of the plug-ins concerned (both, for a clash: the winner first)
 */
public record RegistryProblem(boolean error, String message, String messageTh, List<String> contributors) {

	public RegistryProblem {
		contributors = List.copyOf(contributors);
	}

	/** The message in the default locale's language (Thai under a Thai locale). */
	public String localizedMessage() {
		return Messages.isThai(java.util.Locale.getDefault()) ? messageTh : message;
	}

	@Override
	public String toString() {
		return (error ? "ERROR: " : "WARNING: ") + message;
	}
}
