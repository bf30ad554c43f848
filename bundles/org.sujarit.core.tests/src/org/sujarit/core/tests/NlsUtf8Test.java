package org.sujarit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Settles whether the pinned Equinox NLS (org.eclipse.osgi 3.24.300) reads UTF-8 .properties files: it does, so
 * Sujarit's Thai properties files are plain UTF-8 and need no \\u escapes (and no escape tool).
 */
class NlsUtf8Test {

	@Test
	void nlsReadsPlainUtf8Thai() {
		// compared code point by code point so that a mis-decoded file (ISO-8859-1 mojibake) cannot pass
		assertEquals("\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35", NlsMessages.greeting);
		assertEquals("\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01 (&S)", NlsMessages.saveAction);
	}
}
