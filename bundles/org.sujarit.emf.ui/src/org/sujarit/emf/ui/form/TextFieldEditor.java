package org.sujarit.emf.ui.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.sujarit.emf.ui.properties.DataTypeConverter;

/**
 * Text for TEXT, MULTI_LINE, NUMBER and LINES fields. The value is written when the user leaves the field or presses
 * Enter (Ctrl+Enter in multi-line fields); text that does not convert turns the field red with the reason as tooltip
 * and is not written.
 */
public class TextFieldEditor extends FieldEditor {

	private final FieldKind kind;
	private final EDataType type;
	private final Text text;
	private boolean updating;
	private boolean isModified;
	private final Color errorColor;

	public TextFieldEditor(Composite parent, EditingDomain domain, EObject owner, EStructuralFeature feature,
			IItemPropertyDescriptor descriptor, FieldKind kind) {
		super(domain, owner, feature, descriptor);
		this.kind = kind;
		this.type = feature.getEType() instanceof EDataType dt ? dt : null;
		boolean multi = kind == FieldKind.MULTI_LINE || kind == FieldKind.LINES;
		text = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
				| (kind == FieldKind.NUMBER ? SWT.RIGHT : SWT.NONE));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, multi ? text.getLineHeight() * 4 : SWT.DEFAULT).applyTo(text);
		text.setEditable(editable());
		errorColor = new Color(255, 220, 220);
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		text.addListener(SWT.KeyDown, e -> {
			if (multi && e.keyCode == SWT.CR && (e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				commit();
			}
		});
		text.addListener(SWT.Modify, e -> {
			if (!updating) {
				check();
			}
		});
		refresh();
	}

	@Override
	public Control getControl() {
		return text;
	}

	@Override
	public void refresh() {
		if (text.isDisposed() || (text.isFocusControl() && isModified)) {
			return;
		}
		updating = true;
		try {
			String s = format(currentValue());
			if (!s.equals(text.getText())) {
				text.setText(s);
			}
			isModified = false;
			check();
		} finally {
			updating = false;
		}
	}

	private String format(Object value) {
		if (kind == FieldKind.LINES) {
			StringBuilder sb = new StringBuilder();
			if (value instanceof Collection<?> c) {
				for (Object v : c) {
					sb.append(sb.length() == 0 ? "" : "\n").append(DataTypeConverter.toText(type, v));
				}
			}
			return sb.toString();
		}
		return DataTypeConverter.toText(type, value);
	}

	private Object parse(String s) {
		if (kind == FieldKind.LINES) {
			List<Object> values = new ArrayList<>();
			for (String line : s.split("\\R")) {
				if (!line.isBlank()) {
					values.add(DataTypeConverter.fromText(type, line.strip()));
				}
			}
			return values;
		}
		if (kind == FieldKind.TEXT || kind == FieldKind.MULTI_LINE) {
			if (type == null || type.getInstanceClass() == String.class) {
				return s.isEmpty() && currentValue() == null ? null : s;
			}
		}
		return DataTypeConverter.fromText(type, s);
	}

	private String check() {
		isModified = !text.getText().equals(format(currentValue()));
		String error;
		try {
			parse(text.getText());
			error = null;
		} catch (IllegalArgumentException e) {
			error = e.getMessage();
		}
		text.setBackground(error == null ? null : errorColor);
		text.setToolTipText(error);
		return error;
	}

	/** Writes the typed value if it converts (public for tests driving the form). */
	public void commit() {
		if (text.isDisposed() || !editable() || check() != null) {
			return;
		}
		write(parse(text.getText()));
		isModified = false;
	}

	public Text getText() {
		return text;
	}
}
