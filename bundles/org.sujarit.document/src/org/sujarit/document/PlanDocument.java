package org.sujarit.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.sujarit.emf.ui.domain.DirtyState;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.unknown.UnknownContent;

/**
 * One open plan file without any UI: its resource, the editing domain every page edits through, the dirty state from
 * the command stack's save point, save, reload, and whether the file was changed on disk by someone else. The plan
 * editor assembles pages around it; tests drive it without a display. Listeners are called on the thread that caused
 * the change (the command stack's, save's or reload's).
 */
public class PlanDocument {

	/** What a document tells the parts built on it. */
	public interface Listener {
		/** The dirty state may have changed (a command was executed, undone, redone, or the plan saved). */
		default void dirtyChanged(PlanDocument document) {
		}

		/** The plan was read again from disk: {@link PlanDocument#getPlan()} is a new object. */
		default void reloaded(PlanDocument document) {
		}
	}

	private final Path file;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final DirtyState dirty;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private Resource resource;
	private Plan plan;
	private Exception loadProblem;
	private FileTime lastKnownModified;

	/** Loads the file; a file that cannot be read gives a document without plan ({@link #getLoadProblem()}). */
	public PlanDocument(Path file) {
		this.file = file.toAbsolutePath().normalize();
		adapterFactory = EditingDomains.registeredAdapterFactory();
		// content of plug-ins that are not installed is kept and shown, never changed: one veto for all pages
		domain = EditingDomains.create(adapterFactory, PlanResources.newResourceSet(), UnknownContent::isReadOnly);
		load();
		dirty = new DirtyState(domain.getCommandStack(), () -> listeners.forEach(l -> l.dirtyChanged(this)));
	}

	private void load() {
		plan = null;
		loadProblem = null;
		try {
			resource = PlanResources.load(domain.getResourceSet(), file);
			plan = resource.getContents().get(0) instanceof Plan p ? p : null;
			lastKnownModified = Files.getLastModifiedTime(file);
		} catch (Exception e) { // a PlanLoadException names the file and the problem, in the user's language
			loadProblem = e;
			resource = domain.getResourceSet().getResources().isEmpty() ? null : domain.getResourceSet().getResources().get(0);
		}
	}

	public Path getFile() {
		return file;
	}

	/** The plan, or null when the file could not be read as a plan. */
	public Plan getPlan() {
		return plan;
	}

	public Resource getResource() {
		return resource;
	}

	/** Why there is no plan: a {@code PlanLoadException}, another {@link IOException}, or null. */
	public Exception getLoadProblem() {
		return loadProblem;
	}

	public AdapterFactoryEditingDomain getEditingDomain() {
		return domain;
	}

	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	public boolean isDirty() {
		return dirty.isDirty();
	}

	/** Writes the plan atomically; the current command becomes the save point. Nothing changes when it fails. */
	public void save() throws IOException {
		if (resource == null || plan == null) {
			return;
		}
		PlanResources.save(resource);
		lastKnownModified = Files.getLastModifiedTime(file);
		dirty.saved();
	}

	/**
	 * Whether the file on disk was changed since it was loaded or saved here (another program, another copy of
	 * Sujarit). Calling {@link #reload()} or {@link #acceptDiskVersion()} makes the disk's version the known one.
	 */
	public boolean isChangedOnDisk() {
		if (lastKnownModified == null || !Files.exists(file)) {
			return false;
		}
		try {
			return !Files.getLastModifiedTime(file).equals(lastKnownModified);
		} catch (IOException e) {
			return false;
		}
	}

	/** Keeps the plan in memory and stops reporting the current disk version as changed (the user said no). */
	public void acceptDiskVersion() {
		try {
			lastKnownModified = Files.getLastModifiedTime(file);
		} catch (IOException e) {
			// the file went away: nothing to compare with
		}
	}

	/** Reads the file again: undo history is dropped, the document is clean, listeners get the new plan. */
	public void reload() {
		domain.getCommandStack().flush();
		if (resource != null) {
			resource.unload();
			domain.getResourceSet().getResources().remove(resource);
		}
		load();
		dirty.saved();
		listeners.forEach(l -> l.reloaded(this));
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	public void dispose() {
		listeners.clear();
		dirty.dispose();
		adapterFactory.dispose();
	}
}
