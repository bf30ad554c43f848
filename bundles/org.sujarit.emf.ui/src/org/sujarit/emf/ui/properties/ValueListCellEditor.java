package org.sujarit.emf.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sujarit.emf.ui.Messages;

/**
 * Edits a multi-valued feature. With candidates (references, enums) it opens a {@link ChooseValuesDialog}; for plain
 * data values (objectives, methods, quarters) a {@link TextEditDialog} with one value per line. The value is a list.
 */
public class ValueListCellEditor extends DialogCellEditor {

	private final String propertyName;
	private final List<?> candidates;
	private final EDataType dataType;
	private final ILabelProvider labels;

	/** @param candidates the choice of values, or null for free data values of {@code dataType} */
	public ValueListCellEditor(Composite parent, String propertyName, List<?> candidates, EDataType dataType, ILabelProvider labels) {
		super(parent);
		this.propertyName = propertyName;
		this.candidates = candidates;
		this.dataType = dataType;
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		List<Object> current = getValue() instanceof Collection<?> c ? new ArrayList<>(c) : new ArrayList<>();
		if (candidates != null) {
			ChooseValuesDialog dialog = new ChooseValuesDialog(cellEditorWindow.getShell(),
					NLS.bind(Messages.chooseValues, propertyName), labels, candidates, current);
			return dialog.open() == Window.OK ? new ArrayList<>(dialog.getChosen()) : null;
		}
		StringBuilder text = new StringBuilder();
		for (Object v : current) {
			text.append(text.length() == 0 ? "" : "\n").append(DataTypeConverter.toText(dataType, v));
		}
		TextEditDialog dialog = new TextEditDialog(cellEditorWindow.getShell(), NLS.bind(Messages.editList, propertyName),
				text.toString(), this::checkLines);
		return dialog.open() == Window.OK ? parseLines(dialog.getText()) : null;
	}

	private String checkLines(String text) {
		try {
			parseLines(text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/** One value per non-blank line. */
	List<Object> parseLines(String text) {
		List<Object> values = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				values.add(DataTypeConverter.fromText(dataType, line.strip()));
			}
		}
		return values;
	}

	@Override
	protected void updateContents(Object value) {
		if (value instanceof Collection<?> c) {
			StringBuilder sb = new StringBuilder();
			for (Object o : c) {
				sb.append(sb.length() == 0 ? "" : ", ").append(labels.getText(o));
			}
			super.updateContents(sb.toString());
		} else {
			super.updateContents(value);
		}
	}
}
