package org.sujarit.ui.app;


import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.sujarit.ui.views.PlanNavigatorView;
import org.sujarit.ui.views.ProblemsView;

/** Navigator left, plan editor in the middle, outline right, properties / problems / progress below. */
public class PlanPerspective implements IPerspectiveFactory {

	public static final String ID = "org.sujarit.ui.perspective";
	public static final String PROGRESS_VIEW = "org.sujarit.ui.progressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(PlanNavigatorView.ID, IPageLayout.LEFT, 0.18f, editors);
		IFolderLayout bottom = layout.createFolder("org.sujarit.ui.bottom", IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(ProblemsView.ID);
		bottom.addView(PROGRESS_VIEW);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.80f, editors);
		layout.addShowViewShortcut(PlanNavigatorView.ID);
		layout.addShowViewShortcut(ProblemsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(PROGRESS_VIEW);
	}
}
