package org.sujarit.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/** A plan file on disk as editor input; persistable, so the workbench reopens it at the next start. */
public class PlanEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

	static final String KEY_PATH = "path";

	private final Path file;

	public PlanEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path getFile() {
		return file;
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_PATH, file.toString());
	}

	@Override
	public String getFactoryId() {
		return PlanEditorInputFactory.ID;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PlanEditorInput other && other.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
