package org.sujarit.emf.ui.properties;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sujarit.emf.ui.Messages;

/** Shows the first line of a long text; the button opens a {@link TextEditDialog} for the whole text. */
public class MultiLineTextCellEditor extends DialogCellEditor {

	private final String propertyName;

	public MultiLineTextCellEditor(Composite parent, String propertyName) {
		super(parent);
		this.propertyName = propertyName;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		TextEditDialog dialog = new TextEditDialog(cellEditorWindow.getShell(), NLS.bind(Messages.editText, propertyName),
				(String) getValue(), null);
		return dialog.open() == Window.OK ? dialog.getText() : null;
	}

	@Override
	protected void updateContents(Object value) {
		String s = value == null ? "" : value.toString();
		int nl = s.indexOf('\n');
		super.updateContents(nl < 0 ? s : s.substring(0, nl) + " …");
	}
}
