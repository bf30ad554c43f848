package org.sujarit.ui.grid.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;

/** A one-line message area under a grid: tells the user why an input was refused, in their language. */
public final class MessageLine {

	private final CLabel label;
	private boolean error;

	public MessageLine(Composite parent) {
		label = new CLabel(parent, SWT.NONE);
		clear();
	}

	public CLabel getControl() {
		return label;
	}

	public void showError(String message) {
		show(message, true);
	}

	public void showInfo(String message) {
		show(message, false);
	}

	public void clear() {
		show("", false); //$NON-NLS-1$
	}

	private void show(String message, boolean isError) {
		if (label.isDisposed()) {
			return;
		}
		error = isError;
		label.setForeground(label.getDisplay().getSystemColor(isError ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
		label.setText(message == null ? "" : (isError ? "\u26A0 " : "") + message); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		label.getParent().layout(true);
	}

	public String getText() {
		return label.getText();
	}

	public boolean isError() {
		return error;
	}
}
