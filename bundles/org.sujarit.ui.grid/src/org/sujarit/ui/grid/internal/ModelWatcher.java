package org.sujarit.ui.grid.internal;

import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;

/**
 * Listens to every change under a plan (including those made by undo/redo or by other editor pages) and tells the
 * grid whether its row/column structure changed or only values did. Runs the callback on the UI thread.
 */
public final class ModelWatcher extends EContentAdapter {

	/** What the grid does on a change. */
	public interface Listener {
		void modelChanged(boolean structural);
	}

	/** Features that change the grids' rows or columns; anything else (values, results, indicators) only repaints. */
	private static final Set<EStructuralFeature> STRUCTURAL = Set.of(PlanPackage.Literals.PLAN__DIMENSIONS,
			PlanPackage.Literals.DIMENSION__MISSIONS, PlanPackage.Literals.MISSION__SUB_MISSIONS,
			PlanPackage.Literals.PROJECT_CONTAINER__PROJECTS, PlanPackage.Literals.PLAN__FIRST_YEAR,
			PlanPackage.Literals.PLAN__LAST_YEAR);

	private final Plan plan;
	private final Display display;
	private final Listener listener;

	public ModelWatcher(Plan plan, Display display, Listener listener) {
		this.plan = plan;
		this.display = display;
		this.listener = listener;
		plan.eAdapters().add(this);
	}

	@Override
	public void notifyChanged(Notification n) {
		super.notifyChanged(n);
		if (n.isTouch()) {
			return;
		}
		boolean structural = n.getFeature() instanceof EStructuralFeature f && STRUCTURAL.contains(f);
		if (Display.getCurrent() == display) {
			listener.modelChanged(structural);
		} else if (!display.isDisposed()) {
			display.asyncExec(() -> listener.modelChanged(structural));
		}
	}

	public void dispose() {
		plan.eAdapters().remove(this);
		// EContentAdapter also sits on every contained object; unsetTarget on removal cleans them up
		for (var it = plan.eAllContents(); it.hasNext();) {
			it.next().eAdapters().remove(this);
		}
	}
}
