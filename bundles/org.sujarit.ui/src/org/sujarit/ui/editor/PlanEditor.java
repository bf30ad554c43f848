package org.sujarit.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.sujarit.emf.ui.actions.DomainActions;
import org.sujarit.emf.ui.domain.DirtyState;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.model.unknown.UnknownContent;
import org.sujarit.emf.ui.domain.SelectionForwarder;
import org.sujarit.emf.ui.properties.ItemPropertySourceProvider;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.Project;
import org.sujarit.ui.Messages;
import org.sujarit.ui.SujaritUi;
import org.sujarit.ui.views.ProblemsView;

/**
 * The multi-page plan editor. One {@link AdapterFactoryEditingDomain} over the generated item providers holds the
 * plan; every page, the Outline and the Properties view edit through its command stack, so undo/redo and the dirty
 * marker work everywhere. Saving is atomic and validates; a change of the file on disk is noticed when the editor is
 * activated.
 */
public class PlanEditor extends MultiPageEditorPart implements IEditingDomainProvider {

	public static final String ID = "org.sujarit.ui.planEditor";

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private Plan plan;
	private DirtyState dirty;
	private DomainActions actions;
	private final SelectionForwarder selection = new SelectionForwarder();
	private final ProblemMarkers markers = new ProblemMarkers();
	private StructurePage structure;
	private ProjectPage projectPage;
	private List<PlanPage> extraPages = List.of();
	private PlanOutlinePage outline;
	private PropertySheetPage properties;
	private FileTime lastKnownModified;
	private boolean checkingDisk;
	private String loadError;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PlanEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.unsupportedInput, input.getName()));
		}
		super.init(site, input);
		setPartName(input.getName());
		adapterFactory = EditingDomains.registeredAdapterFactory();
		// content of plug-ins that are not installed is kept and shown, never changed: one veto for all pages
		domain = EditingDomains.create(adapterFactory, PlanResources.newResourceSet(), UnknownContent::isReadOnly);
		load();
		dirty = new DirtyState(domain.getCommandStack(), () -> Display.getDefault().asyncExec(() -> firePropertyChange(PROP_DIRTY)));
		actions = new DomainActions(domain);
		site.setSelectionProvider(selection);
		site.getPage().addPartListener(activation);
	}

	private void load() {
		Path file = getFile();
		try {
			resource = PlanResources.load(domain.getResourceSet(), file);
			plan = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan p) ? null : p;
			if (plan == null) {
				loadError = NLS.bind(Messages.notAPlan, file);
			}
			lastKnownModified = Files.getLastModifiedTime(file);
		} catch (PlanLoadException e) {
			loadError = e.getLocalizedMessage(); // names the file and the problem, in the user's language
		} catch (IOException e) {
			loadError = NLS.bind(Messages.cannotLoad, file, e.getLocalizedMessage());
			resource = domain.getResourceSet().getResources().isEmpty() ? null : domain.getResourceSet().getResources().get(0);
		}
	}

	public Path getFile() {
		return ((PlanEditorInput) getEditorInput()).getFile();
	}

	@Override
	protected void createPages() {
		if (plan == null) {
			Composite c = new Composite(getContainer(), 0);
			c.setLayout(new org.eclipse.swt.layout.FillLayout());
			new org.eclipse.swt.widgets.Label(c, org.eclipse.swt.SWT.WRAP).setText(loadError == null ? "" : loadError);
			setPageText(addPage(c), Messages.pageStructure);
			return;
		}
		structure = new StructurePage(getContainer(), domain, markers, actions);
		structure.setInput(resource);
		setPageText(addPage(structure.getViewer().getControl()), Messages.pageStructure);
		// lets plug-ins (and this bundle's plugin.xml) contribute to the tree's context menu
		getSite().registerContextMenu(StructurePage.CONTEXT_MENU_ID, structure.getContextMenu(), structure.getViewer());
		structure.getViewer().addDoubleClickListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof Project p) {
				showProject(p);
			}
		});
		projectPage = new ProjectPage(getContainer(), domain, plan);
		setPageText(addPage(projectPage.getControl()), Messages.pageProject);
		structure.getViewer().addSelectionChangedListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (o instanceof Project p) {
				projectPage.setProject(p);
			}
		});
		extraPages = PlanPages.create(getContainer(), domain, plan);
		for (PlanPage page : extraPages) {
			setPageText(addPage(page.getControl()), page.getTitle());
		}
		selection.setDelegate(structure.getViewer());
		actions.track(selection);
		setActivePage(0);
		showUnknownContentWarning();
		// validate once the tree is on screen: the plan shows sooner, the markers follow a moment later
		org.eclipse.swt.widgets.Tree tree = structure.getViewer().getTree();
		tree.addListener(org.eclipse.swt.SWT.Paint, new org.eclipse.swt.widgets.Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event e) {
				tree.removeListener(org.eclipse.swt.SWT.Paint, this);
				tree.getDisplay().asyncExec(() -> {
					if (!tree.isDisposed()) {
						validate(false);
						// the grids need SPI Fly (~1 s of CPU): start it now, while the user looks at the tree
						org.sujarit.ui.grid.ServiceLoaderMediator.startInBackground();
					}
				});
			}
		});
	}

	/** Tells the user once, after the editor is shown, which plug-ins the plan needs and that their content is read-only. */
	private void showUnknownContentWarning() {
		List<String> warnings = new java.util.ArrayList<>();
		for (org.eclipse.emf.ecore.resource.Resource.Diagnostic d : resource.getWarnings()) {
			if (d instanceof UnknownContent.MissingPackageWarning w) {
				warnings.add(w.getMessage());
			}
		}
		if (warnings.isEmpty()) {
			return;
		}
		String text = NLS.bind(Messages.unknownContent, String.join("\n\n", warnings));
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (getSite().getShell() != null && !getSite().getShell().isDisposed()) {
				MessageDialog.openWarning(getSite().getShell(), Messages.unknownContentTitle, text);
			}
		});
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (projectPage == null) {
			return;
		}
		if (getControl(newPageIndex) == projectPage.getControl()) {
			selection.setDelegate(projectPage.getSelectionProvider());
		} else if (structure != null && getControl(newPageIndex) == structure.getViewer().getControl()) {
			selection.setDelegate(structure.getViewer());
		}
		for (PlanPage p : extraPages) {
			if (getControl(newPageIndex) == p.getControl()) {
				p.refresh();
			}
		}
	}

	public List<PlanPage> getExtraPages() {
		return extraPages;
	}

	/** Switches the digits of the grid pages (Plan > Thai digits). */
	public void setThaiDigits(boolean thai) {
		extraPages.forEach(p -> p.setThaiDigits(thai));
	}

	/** Shows a project on the Project page. */
	public void showProject(Project p) {
		projectPage.setProject(p);
		setActivePage(1);
	}

	/** Selects (and reveals) a model object in the Structure tree. */
	public void showObject(EObject o) {
		if (structure == null) {
			return;
		}
		setActivePage(0);
		structure.getViewer().setSelection(new StructuredSelection(o), true);
		structure.getViewer().getControl().setFocus();
	}

	public StructurePage getStructurePage() {
		return structure;
	}

	public ProjectPage getProjectPage() {
		return projectPage;
	}

	public Plan getPlan() {
		return plan;
	}

	public DomainActions getActions() {
		return actions;
	}

	public ProblemMarkers getMarkers() {
		return markers;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public void setFocus() {
		super.setFocus();
		actions.install(getEditorSite().getActionBars());
	}

	// ---------------------------------------------------------------- saving

	@Override
	public boolean isDirty() {
		return dirty != null && dirty.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// one file per plan; a copy is made with the navigator
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null || plan == null) {
			return;
		}
		if (projectPage != null) {
			projectPage.commitPendingEdits();
		}
		try {
			PlanResources.save(resource);
			lastKnownModified = Files.getLastModifiedTime(getFile());
			dirty.saved();
		} catch (IOException | RuntimeException e) {
			SujaritUi.log("save failed: " + getFile(), e);
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle,
					NLS.bind(Messages.saveFailed, getFile(), e.getLocalizedMessage()));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		validate(false);
	}

	// ---------------------------------------------------------------- validation

	/** Validates the plan, marks the tree and fills the Problems view (shown on demand). */
	public Diagnostic validate(boolean showView) {
		Diagnostic d = PlanValidation.validate(plan, new NullProgressMonitor());
		markers.set(d);
		if (structure != null) {
			structure.refreshLabels();
		}
		if (outline != null) {
			outline.refreshLabels();
		}
		// the grids mark the rows of the same objects (a red or orange project name)
		java.util.Map<org.eclipse.emf.ecore.EObject, Integer> severities = new java.util.HashMap<>();
		for (Diagnostic child : d.getChildren()) {
			if (!child.getData().isEmpty() && child.getData().get(0) instanceof org.eclipse.emf.ecore.EObject o) {
				severities.merge(o, child.getSeverity(), Math::max);
			}
		}
		for (PlanPage page : extraPages) {
			page.setProblems(severities);
		}
		ProblemsView.update(this, showView);
		return d;
	}

	// ---------------------------------------------------------------- file changed on disk

	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == PlanEditor.this) {
				checkDisk();
			}
		}
	};

	/** Asks to reload when the file was changed by someone else since it was loaded or saved. */
	public void checkDisk() {
		if (checkingDisk || lastKnownModified == null) {
			return;
		}
		checkingDisk = true;
		try {
			Path file = getFile();
			if (!Files.exists(file)) {
				return;
			}
			FileTime now = Files.getLastModifiedTime(file);
			if (now.equals(lastKnownModified)) {
				return;
			}
			lastKnownModified = now;
			String message = isDirty() ? NLS.bind(Messages.changedOnDiskDirty, file) : NLS.bind(Messages.changedOnDisk, file);
			if (MessageDialog.openQuestion(getSite().getShell(), Messages.changedOnDiskTitle, message)) {
				reload();
			}
		} catch (IOException e) {
			SujaritUi.log("cannot check " + getFile(), e);
		} finally {
			checkingDisk = false;
		}
	}

	private void reload() {
		domain.getCommandStack().flush();
		resource.unload();
		domain.getResourceSet().getResources().remove(resource);
		load();
		if (plan != null && structure != null) {
			structure.setInput(resource);
			projectPage.setPlan(plan);
			for (PlanPage p : extraPages) {
				p.setPlan(plan); // the page keeps its control and rebuilds what is inside
			}
		}
		dirty.saved();
		validate(false);
	}

	// ---------------------------------------------------------------- adapters

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class && plan != null) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PlanOutlinePage(this, domain, resource);
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class) {
			if (properties == null || properties.getControl() == null || properties.getControl().isDisposed()) {
				properties = new PropertySheetPage() {
					@Override
					public void setActionBars(org.eclipse.ui.IActionBars bars) {
						super.setActionBars(bars);
						actions.install(bars);
					}
				};
				properties.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
			}
			return type.cast(properties);
		}
		if (type == EditingDomain.class) {
			return type.cast(domain);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		ProblemsView.editorClosed(this);
		if (dirty != null) {
			dirty.dispose();
		}
		if (actions != null) {
			actions.dispose();
		}
		extraPages.forEach(PlanPage::dispose);
		if (projectPage != null) {
			projectPage.dispose();
		}
		super.dispose();
		adapterFactory.dispose();
	}
}
