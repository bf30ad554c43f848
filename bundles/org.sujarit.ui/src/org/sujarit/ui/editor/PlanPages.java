package org.sujarit.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.sujarit.model.Plan;

/**
 * Creates the plan editor's further pages (Budget, Schedule, Results from org.sujarit.ui.grid, API #7). Until that
 * bundle is in main there are none, which keeps the build green; the pages are added here when it lands.
 */
public final class PlanPages {

	private PlanPages() {
	}

	public static List<PlanPage> create(Composite parent, EditingDomain domain, Plan plan) {
		return new ArrayList<>();
	}
}
