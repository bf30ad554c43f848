package org.sujarit.emf.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sujarit.emf.ui.Messages;

/**
 * Picks an ordered sub-list of candidates (a multi-valued reference such as supporting units): available on the
 * left, chosen on the right, add / remove / up / down in between.
 */
public class ChooseValuesDialog extends Dialog {

	private final String title;
	private final ILabelProvider labels;
	private final List<Object> available = new ArrayList<>();
	private final List<Object> chosen = new ArrayList<>();
	private ListViewer availableViewer;
	private ListViewer chosenViewer;

	public ChooseValuesDialog(Shell parent, String title, ILabelProvider labels, List<?> candidates, List<?> current) {
		super(parent);
		this.title = title;
		this.labels = labels;
		chosen.addAll(current);
		for (Object c : candidates) {
			if (c != null && !chosen.contains(c)) {
				available.add(c);
			}
		}
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.available);
		new Label(area, SWT.NONE);
		new Label(area, SWT.NONE).setText(Messages.chosen);
		availableViewer = list(area);
		availableViewer.setInput(available);
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(buttons);
		button(buttons, Messages.add + " →", () -> move(availableViewer, available, chosen));
		button(buttons, "← " + Messages.remove, () -> move(chosenViewer, chosen, available));
		button(buttons, Messages.up, () -> shift(-1));
		button(buttons, Messages.down, () -> shift(1));
		chosenViewer = list(area);
		chosenViewer.setInput(chosen);
		availableViewer.addDoubleClickListener(e -> move(availableViewer, available, chosen));
		chosenViewer.addDoubleClickListener(e -> move(chosenViewer, chosen, available));
		return area;
	}

	private ListViewer list(Composite parent) {
		ListViewer v = new ListViewer(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		v.setContentProvider(ArrayContentProvider.getInstance());
		v.setLabelProvider(labels);
		GridDataFactory.fillDefaults().grab(true, true).hint(260, 280).applyTo(v.getControl());
		return v;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void move(ListViewer from, List<Object> source, List<Object> target) {
		List<?> selected = ((IStructuredSelection) from.getSelection()).toList();
		source.removeAll(selected);
		target.addAll(selected);
		availableViewer.refresh();
		chosenViewer.refresh();
	}

	private void shift(int delta) {
		List<?> selected = ((IStructuredSelection) chosenViewer.getSelection()).toList();
		if (selected.size() != 1) {
			return;
		}
		int i = chosen.indexOf(selected.get(0));
		int j = i + delta;
		if (j >= 0 && j < chosen.size()) {
			chosen.add(j, chosen.remove(i));
			chosenViewer.refresh();
		}
	}

	/** The chosen values in order (valid after OK). */
	public List<Object> getChosen() {
		return chosen;
	}
}
