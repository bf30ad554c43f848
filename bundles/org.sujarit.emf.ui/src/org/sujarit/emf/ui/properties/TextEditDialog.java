package org.sujarit.emf.ui.properties;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A resizable dialog with a wrapping multi-line text: long Thai paragraphs (rationale, remarks) and line-per-item
 * lists (objectives, methods). An optional validator keeps OK disabled while the text is invalid.
 */
public class TextEditDialog extends Dialog {

	/** Checks the text; returns null when valid, else the message to show. */
	public interface Validator {
		String check(String text);
	}

	private final String title;
	private String text;
	private final Validator validator;
	private Text textControl;
	private Label error;

	public TextEditDialog(Shell parent, String title, String text, Validator validator) {
		super(parent);
		this.title = title;
		this.text = text == null ? "" : text;
		this.validator = validator;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		textControl = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		textControl.setText(text);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(textControl);
		error = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(error);
		textControl.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String message = validator == null ? null : validator.check(textControl.getText());
		error.setText(message == null ? "" : message);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(message == null);
		}
	}

	@Override
	protected void okPressed() {
		text = textControl.getText();
		super.okPressed();
	}

	public String getText() {
		return text;
	}

	/** For tests and embedding: the text control while the dialog is open. */
	public Text getTextControl() {
		return textControl;
	}
}
