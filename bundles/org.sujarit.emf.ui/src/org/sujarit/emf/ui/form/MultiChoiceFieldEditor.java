package org.sujarit.emf.ui.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sujarit.emf.ui.Messages;
import org.sujarit.emf.ui.properties.ChooseValuesDialog;

/** The chosen values as text plus a "…" button that opens a {@link ChooseValuesDialog}. */
public class MultiChoiceFieldEditor extends FieldEditor {

	private final Composite box;
	private final Label summary;

	public MultiChoiceFieldEditor(Composite parent, EditingDomain domain, EObject owner, EStructuralFeature feature,
			IItemPropertyDescriptor descriptor) {
		super(domain, owner, feature, descriptor);
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		summary = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		Button choose = new Button(box, SWT.PUSH);
		choose.setText("…");
		choose.setEnabled(editable());
		choose.addListener(SWT.Selection, e -> choose());
		refresh();
	}

	private LabelProvider labels() {
		IItemLabelProvider itemLabels = descriptor == null ? null : descriptor.getLabelProvider(owner);
		return new LabelProvider() {
			@Override
			public String getText(Object o) {
				return itemLabels == null ? String.valueOf(o) : itemLabels.getText(o);
			}
		};
	}

	private void choose() {
		Collection<?> candidates = descriptor == null ? null : descriptor.getChoiceOfValues(owner);
		if (candidates == null && feature.getEType() instanceof EEnum e) {
			candidates = e.getELiterals().stream().map(l -> l.getInstance()).toList();
		}
		List<?> current = new ArrayList<>((Collection<?>) currentValue());
		String name = descriptor == null ? feature.getName() : descriptor.getDisplayName(owner);
		ChooseValuesDialog dialog = new ChooseValuesDialog(box.getShell(), NLS.bind(Messages.chooseValues, name), labels(),
				candidates == null ? List.of() : new ArrayList<>(candidates), current);
		if (dialog.open() == Window.OK) {
			write(new ArrayList<>(dialog.getChosen()));
		}
	}

	@Override
	public Control getControl() {
		return box;
	}

	@Override
	public void refresh() {
		if (summary.isDisposed()) {
			return;
		}
		LabelProvider labels = labels();
		StringBuilder sb = new StringBuilder();
		for (Object o : (Collection<?>) currentValue()) {
			sb.append(sb.length() == 0 ? "" : ", ").append(labels.getText(o));
		}
		summary.setText(sb.length() == 0 ? Messages.none : sb.toString());
		box.layout();
	}
}
