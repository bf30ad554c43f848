package org.sujarit.emf.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/** One-line text editor for a value of an EMF data type (text, whole numbers, decimals, money). */
public class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;

	public DataTypeCellEditor(Composite parent, EDataType type) {
		super(parent);
		this.type = type;
		setValidator(value -> value instanceof String s ? DataTypeConverter.check(type, s) : null);
	}

	@Override
	protected Object doGetValue() {
		return DataTypeConverter.fromText(type, (String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(DataTypeConverter.toText(type, value));
	}
}
