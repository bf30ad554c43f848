package org.sujarit.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.edit.domain.EditingDomain;
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
				new GridPage(Messages.pageBudget, p -> new BudgetGrid(parent, domain, p), plan),
				new GridPage(Messages.pageSchedule, p -> new ScheduleGrid(parent, domain, p), plan),
				new GridPage(Messages.pageResults, p -> new ResultsGrid(parent, domain, p), plan));
	}

	/** One NatTable grid as an editor page; a reloaded plan gets a fresh grid. */
	public static final class GridPage implements PlanPage {
		private final String title;
		private final Function<Plan, PlanGrid> factory;
		private PlanGrid grid;

		GridPage(String title, Function<Plan, PlanGrid> factory, Plan plan) {
			this.title = title;
			this.factory = factory;
			this.grid = factory.apply(plan);
		}

		public PlanGrid getGrid() {
			return grid;
		}

		@Override
		public String getTitle() {
			return title;
		}

		@Override
		public Control getControl() {
			return grid.getControl();
		}

		@Override
		public void refresh() {
			grid.refresh();
		}

		@Override
		public void setPlan(Plan plan) {
			DigitStyle digits = grid.getDigitStyle();
			grid.dispose();
			grid = factory.apply(plan);
			grid.setDigitStyle(digits);
		}

		@Override
		public void setThaiDigits(boolean thai) {
			grid.setDigitStyle(thai ? DigitStyle.THAI : DigitStyle.ARABIC);
		}

		@Override
		public void setProblems(java.util.Map<? extends org.eclipse.emf.ecore.EObject, Integer> severities) {
			grid.setProblems(severities);
		}

		@Override
		public void dispose() {
			grid.dispose();
		}
	}
}
