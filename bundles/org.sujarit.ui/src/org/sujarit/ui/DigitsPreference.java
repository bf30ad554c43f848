package org.sujarit.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Plan > Thai Digits: one workbench preference (kept across sessions) that every plan editor follows and the menu
 * shows, instead of a state of the menu item that only the active editor applied.
 */
public final class DigitsPreference {

	public static final String KEY = "thaiDigits"; //$NON-NLS-1$

	private DigitsPreference() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(SujaritUi.ID);
	}

	/** Whether the grids show ๐-๙ (false: Arabic digits, the default). */
	public static boolean isThai() {
		return node().getBoolean(KEY, false);
	}

	public static void setThai(boolean thai) {
		if (thai == isThai()) {
			return;
		}
		node().putBoolean(KEY, thai);
		try {
			node().flush();
		} catch (BackingStoreException e) {
			SujaritUi.log("cannot store the digits preference", e); //$NON-NLS-1$
		}
	}

	/** Calls the listener with the new value after each change; run the returned action to stop. */
	public static Runnable listen(Consumer<Boolean> listener) {
		IEclipsePreferences node = node();
		IPreferenceChangeListener l = e -> {
			if (KEY.equals(e.getKey())) {
				listener.accept(isThai());
			}
		};
		node.addPreferenceChangeListener(l);
		return () -> node.removePreferenceChangeListener(l);
	}
}
