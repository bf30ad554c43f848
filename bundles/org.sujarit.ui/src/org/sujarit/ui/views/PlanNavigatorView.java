package org.sujarit.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.sujarit.ui.Messages;
import org.sujarit.ui.SujaritUi;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;

/**
 * Plan files (*.sujarit) under a folder the user chooses; double-click opens one. The folder is remembered; the first
 * default is the repository's samples folder when Sujarit runs from the repository, else the home folder.
 */
public class PlanNavigatorView extends ViewPart {

	public static final String ID = "org.sujarit.ui.navigatorView";
	static final String EXTENSION = ".sujarit";
	private static final String KEY_FOLDER = "navigator.folder";

	private TreeViewer viewer;
	private Path folder;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new FolderContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Path) element).getFileName().toString();
			}

			@Override
			public Image getImage(Object element) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(
						Files.isDirectory((Path) element) ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
			}
		});
		viewer.addDoubleClickListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof Path p && Files.isRegularFile(p)) {
				open(p);
			} else if (o != null) {
				viewer.setExpandedState(o, !viewer.getExpandedState(o));
			}
		});
		Action choose = new Action(Messages.chooseFolder) {
			@Override
			public void run() {
				DirectoryDialog d = new DirectoryDialog(getSite().getShell());
				d.setText(Messages.chooseFolder);
				d.setFilterPath(folder.toString());
				String chosen = d.open();
				if (chosen != null) {
					setFolder(Path.of(chosen));
				}
			}
		};
		choose.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
		Action refresh = new Action(Messages.refresh) {
			@Override
			public void run() {
				viewer.refresh();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(choose);
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getSite().setSelectionProvider(viewer);
		setFolder(initialFolder());
	}

	/**
	 * The remembered folder, else samples/ of the repository (sujarit.root), else samples/ of the install (sujarit.install,
	 * set by the launcher), else home.
	 */
	static Path initialFolder() {
		IDialogSettings settings = SujaritUi.getDefault() == null ? null : SujaritUi.getDefault().getDialogSettings();
		String remembered = settings == null ? null : settings.get(KEY_FOLDER);
		if (remembered != null && Files.isDirectory(Path.of(remembered))) {
			return Path.of(remembered);
		}
		String root = System.getProperty("sujarit.root");
		if (root != null && Files.isDirectory(Path.of(root, "samples"))) {
			return Path.of(root, "samples");
		}
		String install = System.getProperty("sujarit.install");
		if (install != null && Files.isDirectory(Path.of(install, "samples"))) {
			return Path.of(install, "samples");
		}
		return Path.of(System.getProperty("user.home"));
	}

	public void setFolder(Path f) {
		folder = f.toAbsolutePath().normalize();
		if (SujaritUi.getDefault() != null) {
			SujaritUi.getDefault().getDialogSettings().put(KEY_FOLDER, folder.toString());
		}
		setContentDescription(folder.toString());
		viewer.setInput(folder);
		viewer.expandToLevel(2);
	}

	public Path getFolder() {
		return folder;
	}

	private void open(Path p) {
		try {
			getSite().getPage().openEditor(new PlanEditorInput(p), PlanEditor.ID);
		} catch (PartInitException e) {
			SujaritUi.log("cannot open " + p, e);
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Folders that contain plan files (at any depth, up to 4 levels) and the plan files themselves. */
	static final class FolderContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (!(parent instanceof Path dir) || !Files.isDirectory(dir)) {
				return new Object[0];
			}
			try (Stream<Path> s = Files.list(dir)) {
				return s.filter(p -> !p.getFileName().toString().startsWith("."))
						.filter(p -> isPlan(p) || (Files.isDirectory(p) && containsPlans(p, 3)))
						.sorted(Comparator.comparing((Path p) -> !Files.isDirectory(p)).thenComparing(p -> p.getFileName().toString()))
						.toArray();
			} catch (IOException e) {
				return new Object[0];
			}
		}

		static boolean isPlan(Path p) {
			return Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION);
		}

		static boolean containsPlans(Path dir, int depth) {
			try (Stream<Path> s = Files.walk(dir, depth)) {
				return s.anyMatch(FolderContent::isPlan);
			} catch (IOException | java.io.UncheckedIOException e) {
				return false;
			}
		}

		@Override
		public Object getParent(Object element) {
			return ((Path) element).getParent();
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Path p && Files.isDirectory(p);
		}
	}
}
