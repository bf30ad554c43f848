package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sujarit.ui.grid.internal.Messages;

/** The tests run with -nl th_TH: the Thai messages must come back intact (not as mojibake) through Eclipse NLS. */
class MessagesTest {

	@Test
	void thaiMessagesLoadIntact() {
		// written as escapes so that this assertion does not depend on the encoding of this source file
		assertEquals("\u0E44\u0E21\u0E48\u0E43\u0E0A\u0E49\u0E07\u0E1A\u0E2F", Messages.Budget_noBudget);
		assertEquals("\u0E14\u0E33\u0E40\u0E19\u0E34\u0E19\u0E01\u0E32\u0E23\u0E41\u0E25\u0E49\u0E27\u0E40\u0E2A\u0E23\u0E47\u0E08",
				Messages.Results_status_DONE);
	}
}
