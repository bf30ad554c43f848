package org.sujarit.ui.views;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.IPageBookViewPage;
import org.eclipse.ui.part.MessagePage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.PageBookView;
import org.sujarit.document.PlanProblems;
import org.sujarit.ui.Messages;
import org.sujarit.ui.SujaritUi;

/**
 * Validation problems of the active plan editor, like the Outline and Properties views: one {@link ProblemsPage} per
 * part that adapts to {@link PlanProblems} (any editor or view, this bundle's or a plug-in's), the page of the
 * active one shown. The view knows no editor class; revealing a problem's object goes through the part's
 * {@code ISetSelectionTarget} adapter.
 */
public class ProblemsView extends PageBookView {

	public static final String ID = SujaritUi.PROBLEMS_VIEW_ID;

	@Override
	protected IPage createDefaultPage(PageBook book) {
		MessagePage page = new MessagePage();
		initPage(page);
		page.createControl(book);
		page.setMessage(Messages.problemsNoPlan);
		return page;
	}

	@Override
	protected PageRec doCreatePage(IWorkbenchPart part) {
		PlanProblems problems = Adapters.adapt(part, PlanProblems.class);
		if (problems == null) {
			return null;
		}
		ProblemsPage page = new ProblemsPage(part, problems);
		initPage((IPageBookViewPage) page);
		page.createControl(getPageBook());
		return new PageRec(part, page);
	}

	@Override
	protected void doDestroyPage(IWorkbenchPart part, PageRec rec) {
		rec.page.dispose();
		rec.dispose();
	}

	@Override
	protected IWorkbenchPart getBootstrapPart() {
		return getSite().getPage().getActiveEditor();
	}

	/** Editors are followed; the view keeps the last editor's problems while another view is active. */
	@Override
	protected boolean isImportant(IWorkbenchPart part) {
		return part instanceof IEditorPart;
	}

	@Override
	protected void showPageRec(PageRec rec) {
		super.showPageRec(rec);
		setContentDescription(rec.page instanceof ProblemsPage p ? p.summary() : "");
	}

	/** The page shown now, when it lists a part's problems. */
	public ProblemsPage getCurrentProblemsPage() {
		return getCurrentPage() instanceof ProblemsPage p ? p : null;
	}

	/** The table of the page shown now (null when no plan editor is active). */
	public TableViewer getViewer() {
		ProblemsPage p = getCurrentProblemsPage();
		return p == null ? null : p.getViewer();
	}

	/** Shows the problem's object in the part the current page belongs to (what a double-click does). */
	public void reveal(Diagnostic d) {
		ProblemsPage p = getCurrentProblemsPage();
		if (p != null) {
			p.reveal(d);
		}
	}

	void pageChanged(ProblemsPage page) {
		if (getCurrentPage() == page) {
			setContentDescription(page.summary());
		}
	}
}
