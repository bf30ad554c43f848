package org.sujarit.ui.grid.internal;

import org.sujarit.model.Project;
import org.sujarit.model.ProjectContainer;

/**
 * One row of a plan grid: a group (dimension or mission, whose cells show the group's subtotals), a project, or
 * the plan's grand total. {@link #depth()} is the indentation level in the tree column.
 */
public sealed interface PlanRow {

	int depth();

	/** A dimension (depth 0) or mission (depth 1); sub-missions are folded into their mission, as in the summary table. */
	record GroupRow(ProjectContainer container, int depth) implements PlanRow {
	}

	record ProjectRow(Project project, int depth) implements PlanRow {
		/**
		 * A project its editing domain does not let change (a project of a plug-in that is not installed): shown, never
		 * edited (its content is saved back unchanged).
		 */
		public boolean readOnly() {
			return !Editability.canEdit(project);
		}

		/** The namespace of the missing plug-in's package, for the row's label. */
		public String missingPackage() {
			return project.eClass().getEPackage().getNsURI();
		}
	}

	record TotalRow() implements PlanRow {
		@Override
		public int depth() {
			return 0;
		}
	}
}
