package org.sujarit.ui.grid.internal;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;

/**
 * Whether the grids may edit a project: asked of the editing domain that edits it, as every grid command is created
 * by that domain. A domain that protects the object (content of a plug-in that is not installed, in Sujarit's
 * editor) creates an unexecutable command; the grid then shows the row read-only. The grids know no read-only rule
 * of their own.
 */
public final class Editability {

	private Editability() {
	}

	/** True when the project's domain would execute a change of it (no domain: a plain model, editable). */
	public static boolean canEdit(Project project) {
		EditingDomain domain = project == null ? null : AdapterFactoryEditingDomain.getEditingDomainFor(project);
		// setting the name to itself: executable exactly when the domain lets the project change
		return domain == null
				|| SetCommand.create(domain, project, PlanPackage.Literals.PROJECT__NAME, project.getName()).canExecute();
	}
}
