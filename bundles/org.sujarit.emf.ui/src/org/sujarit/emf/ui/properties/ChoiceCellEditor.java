package org.sujarit.emf.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Read-only combo over a fixed list of values (enum literals, booleans, the candidates of a single reference), each
 * shown with its item label. The value in and out is the object itself, not the index.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> choices;

	public ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels) {
		super(parent, new String[0], SWT.READ_ONLY);
		this.choices = new ArrayList<>(choices);
		String[] items = new String[this.choices.size()];
		for (int i = 0; i < items.length; i++) {
			items[i] = labels.getText(this.choices.get(i));
		}
		setItems(items);
	}

	public List<Object> getChoices() {
		return choices;
	}

	@Override
	protected Object doGetValue() {
		Integer index = (Integer) super.doGetValue();
		return index == null || index < 0 || index >= choices.size() ? null : choices.get(index);
	}

	@Override
	protected void doSetValue(Object value) {
		int index = -1;
		for (int i = 0; i < choices.size(); i++) {
			if (Objects.equals(choices.get(i), value)) {
				index = i;
				break;
			}
		}
		super.doSetValue(index);
	}
}
