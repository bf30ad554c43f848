package org.sujarit.emf.ui.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A read-only combo of the candidates the item property descriptor offers, labelled by the item providers. */
public class ChoiceFieldEditor extends FieldEditor {

	private final Combo combo;
	private List<Object> choices = List.of();

	public ChoiceFieldEditor(Composite parent, EditingDomain domain, EObject owner, EStructuralFeature feature,
			IItemPropertyDescriptor descriptor) {
		super(domain, owner, feature, descriptor);
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(combo);
		combo.setEnabled(editable());
		combo.addListener(SWT.Selection, e -> {
			int i = combo.getSelectionIndex();
			if (i >= 0 && i < choices.size()) {
				write(choices.get(i));
			}
		});
		refresh();
	}

	private List<Object> loadChoices() {
		Collection<?> c = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
		if (c == null && feature.getEType() instanceof EEnum e) {
			return new ArrayList<>(e.getELiterals().stream().map(l -> (Object) l.getInstance()).toList());
		}
		return c == null ? new ArrayList<>() : new ArrayList<>(c);
	}

	private String label(Object value) {
		if (value == null) {
			return "";
		}
		IItemLabelProvider labels = descriptor == null ? null : descriptor.getLabelProvider(owner);
		String s = labels == null ? String.valueOf(value) : labels.getText(value);
		return s == null ? "" : s;
	}

	@Override
	public Control getControl() {
		return combo;
	}

	@Override
	public void refresh() {
		if (combo.isDisposed()) {
			return;
		}
		choices = loadChoices();
		String[] items = choices.stream().map(this::label).toArray(String[]::new);
		combo.setItems(items);
		Object value = currentValue();
		for (int i = 0; i < choices.size(); i++) {
			if (Objects.equals(choices.get(i), value)) {
				combo.select(i);
				return;
			}
		}
		combo.deselectAll();
	}

	public Combo getCombo() {
		return combo;
	}
}
