package org.sujarit.plugins;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/**
 * A jar of a plug-ins folder that could not be installed or resolved; the rest of the product starts without it.
 *
 * @param file   the jar
 * @param kind   what is wrong
 * @param detail the framework's own explanation (e.g. the unresolved requirement), may be empty
 */
public record PluginProblem(Path file, Kind kind, String detail) {

	public enum Kind {
		/** not a zip, or no Bundle-SymbolicName in its manifest */
		NOT_A_BUNDLE,
		/** a bundle with the same symbolic name and version is already installed */
		DUPLICATE,
		/** installed, but its requirements (imports, required bundles, singleton) are not met */
		UNRESOLVED,
		/** the framework refused it for another reason */
		INSTALL_FAILED
	}

	public PluginProblem {
		detail = detail == null ? "" : detail.replace('\n', ' ').trim();
	}

	/** One line in the language of the messages (-nl). */
	public String message() {
		String pattern = switch (kind) {
		case NOT_A_BUNDLE -> Messages.NotABundle;
		case DUPLICATE -> Messages.Duplicate;
		case UNRESOLVED -> Messages.Unresolved;
		case INSTALL_FAILED -> Messages.InstallFailed;
		};
		return NLS.bind(pattern, file, detail);
	}
}
