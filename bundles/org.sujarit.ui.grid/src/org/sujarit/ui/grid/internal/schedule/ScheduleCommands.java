package org.sujarit.ui.grid.internal.schedule;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.ui.grid.internal.Messages;

/** Commands that tick or untick a quarter of a project (quarters kept in ascending order), created by the editing domain. */
public final class ScheduleCommands {

	private ScheduleCommands() {
	}

	/** Null when the project already is (or is not) in the quarter. */
	public static Command setQuarter(EditingDomain domain, Project project, int quarter, boolean run) {
		boolean runs = project.getQuarters().contains(quarter);
		if (run == runs) {
			return null;
		}
		Command c;
		if (run) {
			int index = 0;
			while (index < project.getQuarters().size() && project.getQuarters().get(index) < quarter) {
				index++;
			}
			c = AddCommand.create(domain, project, PlanPackage.Literals.PROJECT__QUARTERS, Integer.valueOf(quarter), index);
		} else {
			c = RemoveCommand.create(domain, project, PlanPackage.Literals.PROJECT__QUARTERS, Integer.valueOf(quarter));
		}
		String label = NLS.bind(run ? Messages.Schedule_addQuarter : Messages.Schedule_removeQuarter, project.getSeq(),
				quarter);
		org.eclipse.emf.common.command.CompoundCommand named = new org.eclipse.emf.common.command.CompoundCommand(label);
		named.append(c);
		return named;
	}
}
