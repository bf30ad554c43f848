package org.sujarit.core.problem;

import java.util.Locale;

import org.sujarit.core.nls.MessageCatalog;

/**
 * A kind of problem Sujarit reports to the user: its {@link #id()} is the message key in its {@link #catalog()}
 * (e.g. {@code "io.write.readOnly"}). Each bundle declares an {@code enum XxxProblem implements ProblemCode}; tests
 * assert codes, never English substrings.
 */
public interface ProblemCode {

	/** The stable id, which is also the message key. */
	String id();

	/** The catalog that holds the English and Thai texts of {@link #id()}. */
	MessageCatalog catalog();

	/** The text of this problem in {@code locale}. */
	default String message(Locale locale, Object... args) {
		return catalog().format(locale, id(), args);
	}
}
