package org.sujarit.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sujarit.model.Plan;
import org.sujarit.thai.DigitStyle;
import org.sujarit.ui.Messages;
import org.sujarit.ui.grid.BudgetGrid;
import org.sujarit.ui.grid.PlanGrid;
import org.sujarit.ui.grid.ResultsGrid;
import org.sujarit.ui.grid.ScheduleGrid;

/** The plan editor's grid pages (org.sujarit.ui.grid, API #7): Budget, Schedule, Results. */
public final class PlanPages {

	private PlanPages() {
	}

	public static List<PlanPage> create(Composite parent, EditingDomain domain, Plan plan) {
		return List.of(
				new GridPage(parent, Messages.pageBudget, (c, p) -> new BudgetGrid(c, domain, p), plan),
				new GridPage(parent, Messages.pageSchedule, (c, p) -> new ScheduleGrid(c, domain, p), plan),
				new GridPage(parent, Messages.pageResults, (c, p) -> new ResultsGrid(c, domain, p), plan));
	}

	/**
	 * One NatTable grid as an editor page. The grid is built the first time the page is shown (or asked for): NatTable
	 * and Eclipse Collections are ~1,000 classes that the editor need not load before the plan is on screen. Digits and
	 * problem marks set before then are kept and applied. A reloaded plan gets a fresh grid in the same page control.
	 */
	public static final class GridPage implements PlanPage {
		private final String title;
		private final BiFunction<Composite, Plan, PlanGrid> factory;
		private final Composite holder;
		private Plan plan;
		private PlanGrid grid;
		private DigitStyle digits = DigitStyle.ARABIC;
		private Map<? extends EObject, Integer> problems = Map.of();

		GridPage(Composite parent, String title, BiFunction<Composite, Plan, PlanGrid> factory, Plan plan) {
			this.title = title;
			this.factory = factory;
			this.plan = plan;
			holder = new Composite(parent, SWT.NONE);
			holder.setLayout(new FillLayout());
		}

		/** The page's grid, built now if the page was never shown. */
		public PlanGrid getGrid() {
			if (grid == null && !holder.isDisposed()) {
				grid = factory.apply(holder, plan);
				grid.setDigitStyle(digits);
				grid.setProblems(problems);
				holder.layout(true, true);
			}
			return grid;
		}

		/** True once the grid exists (the page was shown or {@link #getGrid()} was called). */
		public boolean isBuilt() {
			return grid != null;
		}

		@Override
		public String getTitle() {
			return title;
		}

		@Override
		public Control getControl() {
			return holder;
		}

		@Override
		public void refresh() {
			if (grid == null) {
				getGrid(); // a new grid reads the model as it is
			} else {
				grid.refresh();
			}
		}

		@Override
		public void setPlan(Plan newPlan) {
			plan = newPlan;
			if (grid != null) {
				grid.dispose();
				grid = null;
				getGrid();
			}
		}

		@Override
		public void setThaiDigits(boolean thai) {
			digits = thai ? DigitStyle.THAI : DigitStyle.ARABIC;
			if (grid != null) {
				grid.setDigitStyle(digits);
			}
		}

		@Override
		public void setProblems(Map<? extends EObject, Integer> severities) {
			problems = severities == null ? Map.of() : severities;
			if (grid != null) {
				grid.setProblems(problems);
			}
		}

		@Override
		public void dispose() {
			if (grid != null) {
				grid.dispose();
			}
			if (!holder.isDisposed()) {
				holder.dispose();
			}
		}
	}
}
