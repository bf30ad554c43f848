package org.sujarit.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.sujarit.document.PlanDocument;
import org.sujarit.document.PlanProblems;
import org.sujarit.emf.ui.actions.DomainActions;
import org.sujarit.emf.ui.domain.SelectionForwarder;
import org.sujarit.emf.ui.properties.ItemPropertySourceProvider;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.unknown.UnknownContent;
import org.sujarit.ui.DigitsPreference;
import org.sujarit.ui.Messages;
import org.sujarit.ui.SujaritUi;

/**
 * The multi-page plan editor: it only assembles pages around a {@link PlanDocument} (file, editing domain, dirty
 * state, save, reload) and its {@link PlanProblems} (validation markers). Every page, the Outline and the Properties
 * view edit through the document's command stack. Views and handlers reach the editor's content through
 * {@link #getAdapter(Class)} ({@link Plan}, {@link PlanDocument}, {@link PlanProblems}, {@link EditingDomain}, the
 * Outline and Properties pages), never through this class.
 */
public class PlanEditor extends MultiPageEditorPart implements IEditingDomainProvider, ISetSelectionTarget {

	public static final String ID = "org.sujarit.ui.planEditor";

	private PlanDocument document;
	private PlanProblems problems;
	private DomainActions actions;
	private final SelectionForwarder selection = new SelectionForwarder();
	private StructurePage structure;
	private ProjectPage projectPage;
	private List<PlanPage> extraPages = List.of();
	private PlanOutlinePage outline;
	private PropertySheetPage properties;
	private boolean checkingDisk;
	private Runnable stopFollowingDigits = () -> { };

	private final PlanDocument.Listener documentListener = new PlanDocument.Listener() {
		@Override
		public void dirtyChanged(PlanDocument d) {
			Display.getDefault().asyncExec(() -> {
				if (document != null) {
					firePropertyChange(PROP_DIRTY);
				}
			});
		}

		@Override
		public void reloaded(PlanDocument d) {
			showReloadedPlan();
		}
	};

	private final Consumer<PlanProblems> problemsListener = p -> showProblemMarks();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PlanEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.unsupportedInput, input.getName()));
		}
		super.init(site, input);
		setPartName(input.getName());
		document = new PlanDocument(((PlanEditorInput) input).getFile());
		problems = new PlanProblems(document);
		document.addListener(documentListener);
		problems.addListener(problemsListener);
		actions = new DomainActions(document.getEditingDomain());
		site.setSelectionProvider(selection);
		site.getPage().addPartListener(activation);
		// Plan > Thai Digits is one preference: every open editor follows it, a new one starts with it
		Display display = site.getShell().getDisplay();
		stopFollowingDigits = DigitsPreference.listen(thai -> display.asyncExec(() -> {
			if (document != null) {
				setThaiDigits(thai);
			}
		}));
	}

	private String loadErrorText() {
		Exception e = document.getLoadProblem();
		if (e == null) {
			return NLS.bind(Messages.notAPlan, getFile());
		}
		if (e instanceof PlanLoadException) {
			return e.getLocalizedMessage(); // names the file and the problem, in the user's language
		}
		return NLS.bind(Messages.cannotLoad, getFile(), e.getLocalizedMessage());
	}

	public Path getFile() {
		return ((PlanEditorInput) getEditorInput()).getFile();
	}

	@Override
	protected void createPages() {
		Plan plan = document.getPlan();
		if (plan == null) {
			Composite c = new Composite(getContainer(), 0);
			c.setLayout(new FillLayout());
			new Label(c, SWT.WRAP).setText(loadErrorText());
			setPageText(addPage(c), Messages.pageStructure);
			return;
		}
		var domain = document.getEditingDomain();
		structure = new StructurePage(getContainer(), domain, problems, actions);
		structure.setInput(document.getResource());
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
		boolean thai = DigitsPreference.isThai();
		for (PlanPage page : extraPages) {
			page.setThaiDigits(thai);
			setPageText(addPage(page.getControl()), page.getTitle());
		}
		selection.setDelegate(structure.getViewer());
		actions.track(selection);
		setActivePage(0);
		showUnknownContentWarning();
		// validate once the tree is on screen: the plan shows sooner, the markers follow a moment later
		Tree tree = structure.getViewer().getTree();
		tree.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event e) {
				tree.removeListener(SWT.Paint, this);
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
		List<String> warnings = new ArrayList<>();
		for (org.eclipse.emf.ecore.resource.Resource.Diagnostic d : document.getResource().getWarnings()) {
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

	/** Switches the digits of this editor's grid pages (the preference of Plan > Thai Digits calls it for every editor). */
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

	/** The Problems view (and any other view) reveals an object through this, as a navigator would. */
	@Override
	public void selectReveal(ISelection s) {
		if (s instanceof IStructuredSelection ss && ss.getFirstElement() instanceof EObject o) {
			showObject(o);
		}
	}

	public StructurePage getStructurePage() {
		return structure;
	}

	public ProjectPage getProjectPage() {
		return projectPage;
	}

	public Plan getPlan() {
		return document == null ? null : document.getPlan();
	}

	public PlanDocument getDocument() {
		return document;
	}

	public DomainActions getActions() {
		return actions;
	}

	/** The latest validation result (markers by object). */
	public PlanProblems getMarkers() {
		return problems;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.getEditingDomain();
	}

	@Override
	public void setFocus() {
		super.setFocus();
		actions.install(getEditorSite().getActionBars());
	}

	// ---------------------------------------------------------------- saving

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
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
		if (document.getPlan() == null) {
			return;
		}
		if (projectPage != null) {
			projectPage.commitPendingEdits();
		}
		try {
			document.save();
		} catch (Exception e) {
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

	/** Validates the plan; the tree, the grids and the Problems view follow. Shows the Problems view on demand. */
	public Diagnostic validate(boolean showView) {
		Diagnostic d = problems.validate(null);
		if (showView) {
			try {
				getSite().getPage().showView(SujaritUi.PROBLEMS_VIEW_ID);
			} catch (PartInitException e) {
				SujaritUi.log("cannot show the Problems view", e);
			}
		}
		return d;
	}

	private void showProblemMarks() {
		if (structure != null) {
			structure.refreshLabels();
		}
		if (outline != null) {
			outline.refreshLabels();
		}
		// the grids mark the rows of the same objects (a red or orange project name)
		for (PlanPage page : extraPages) {
			page.setProblems(problems.ownSeverities());
		}
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
		if (checkingDisk || !document.isChangedOnDisk()) {
			return;
		}
		checkingDisk = true;
		try {
			document.acceptDiskVersion(); // asked once per change, whatever the answer
			Path file = getFile();
			String message = isDirty() ? NLS.bind(Messages.changedOnDiskDirty, file) : NLS.bind(Messages.changedOnDisk, file);
			if (MessageDialog.openQuestion(getSite().getShell(), Messages.changedOnDiskTitle, message)) {
				document.reload();
			}
		} finally {
			checkingDisk = false;
		}
	}

	/** The document read its file again: the same pages show the new plan. */
	private void showReloadedPlan() {
		Plan plan = document.getPlan();
		if (plan != null && structure != null) {
			structure.setInput(document.getResource());
			projectPage.setPlan(plan);
			for (PlanPage p : extraPages) {
				p.setPlan(plan); // the page keeps its control and rebuilds what is inside
			}
		}
		validate(false);
	}

	// ---------------------------------------------------------------- adapters

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (document == null) {
			return super.getAdapter(type);
		}
		if (type == Plan.class) {
			return type.cast(document.getPlan());
		}
		if (type == PlanDocument.class) {
			return type.cast(document);
		}
		if (type == PlanProblems.class) {
			return document.getPlan() == null ? null : type.cast(problems);
		}
		if (type == EditingDomain.class) {
			return type.cast(document.getEditingDomain());
		}
		if (type == IContentOutlinePage.class && document.getPlan() != null) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PlanOutlinePage(this, document.getEditingDomain(), document.getResource());
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
				properties.setPropertySourceProvider(new ItemPropertySourceProvider(document.getAdapterFactory()));
			}
			return type.cast(properties);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		stopFollowingDigits.run();
		if (problems != null) {
			problems.removeListener(problemsListener);
		}
		if (actions != null) {
			actions.dispose();
		}
		extraPages.forEach(PlanPage::dispose);
		if (projectPage != null) {
			projectPage.dispose();
		}
		super.dispose();
		if (document != null) {
			document.dispose();
			document = null;
		}
	}
}
