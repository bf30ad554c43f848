package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/**
 * The product's key scheme: Sujarit's Ctrl+N / Ctrl+O / Ctrl+Shift+V win over the workbench's own bindings of the
 * same keys, without the "Keybinding conflicts occurred" warning (a conflicting key does nothing at all).
 */
class KeyBindingsUiTest {

	@Test
	void sujaritKeysAreActiveWithoutConflicts() throws Exception {
		Workbench.run(() -> {
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			assertEquals("org.sujarit.ui.keys", bindings.getActiveScheme().getId(), "the product's key scheme");
			assertCommand(bindings, "M1+N", "org.sujarit.ui.newPlan");
			assertCommand(bindings, "M1+O", "org.sujarit.ui.openPlan");
			assertCommand(bindings, "M1+M2+V", "org.sujarit.ui.validate");
			// inherited from the workbench's scheme
			assertCommand(bindings, "M1+S", "org.eclipse.ui.file.save");
		});
	}

	private static void assertCommand(IBindingService bindings, String keys, String commandId) throws Exception {
		// a perfect match exists only when exactly one binding wins for the keys
		Binding b = bindings.getPerfectMatch(KeySequence.getInstance(keys));
		assertNotNull(b, keys + " is bound without conflict");
		assertEquals(commandId, b.getParameterizedCommand().getId(), keys);
	}
}
