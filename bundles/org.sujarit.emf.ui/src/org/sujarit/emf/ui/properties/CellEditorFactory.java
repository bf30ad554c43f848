package org.sujarit.emf.ui.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor for one property of one object from what its {@link IItemPropertyDescriptor} says:
 * many-valued → list dialog; a choice of values (enum literals, reference candidates) → combo; boolean → yes/no
 * combo; multi-line → text dialog; any other data type → validated text (numbers, decimals, money). Read-only
 * properties get no editor. Subclass to add editors for project-specific data types.
 */
public class CellEditorFactory {

	public CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor, ILabelProvider labels) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		Object f = descriptor.getFeature(object);
		EClassifier type = f instanceof EStructuralFeature feature ? feature.getEType() : null;
		EDataType dataType = type instanceof EDataType dt ? dt : null;
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		String name = descriptor.getDisplayName(object);
		if (descriptor.isMany(object)) {
			List<?> candidates = choices == null ? (type instanceof EEnum e ? e.getELiterals().stream()
					.map(l -> l.getInstance()).toList() : null) : new ArrayList<>(choices);
			return new ValueListCellEditor(parent, name, candidates, dataType, labels);
		}
		if (choices != null) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), labels);
		}
		if (dataType != null && isBoolean(dataType)) {
			List<Object> values = dataType.getInstanceClass().isPrimitive() ? Arrays.asList(Boolean.TRUE, Boolean.FALSE)
					: Arrays.asList(null, Boolean.TRUE, Boolean.FALSE);
			return new ChoiceCellEditor(parent, values, labels);
		}
		if (descriptor.isMultiLine(object)) {
			return new MultiLineTextCellEditor(parent, name);
		}
		if (dataType != null) {
			return new DataTypeCellEditor(parent, dataType);
		}
		return null;
	}

	static boolean isBoolean(EDataType type) {
		Class<?> c = type.getInstanceClass();
		return c == boolean.class || c == Boolean.class;
	}
}
