package org.sujarit.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates {@link PlanEditorInput}s when the workbench restores its last state (files that vanished are skipped). */
public class PlanEditorInputFactory implements IElementFactory {

	public static final String ID = "org.sujarit.ui.planEditorInputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(PlanEditorInput.KEY_PATH);
		if (path == null || !Files.isRegularFile(Path.of(path))) {
			return null;
		}
		return new PlanEditorInput(Path.of(path));
	}
}
