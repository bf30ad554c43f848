package org.sujarit.ui.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectContainer;
import org.sujarit.model.SubMission;

/**
 * "Add from catalogue" without any UI: which entries fit under a dimension, mission or sub-mission, and the one
 * compound command that adds their projects (so a single undo takes them all back).
 */
public final class CatalogueCommands {

	private CatalogueCommands() {
	}

	/** The plan that holds this object, or null. */
	public static Plan planOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Plan plan) {
				return plan;
			}
		}
		return null;
	}

	/**
	 * Entries whose sub-mission code lies under {@code code}: the code itself or one of its dotted descendants
	 * ("2.2" takes "2.2.2" but not "2.20.1").
	 */
	public static List<CatalogueEntry> entriesUnder(FrameworkDescriptor framework, String code) {
		List<CatalogueEntry> result = new ArrayList<>();
		if (framework == null || code == null || code.isBlank()) {
			return result;
		}
		String c = code.trim();
		for (CatalogueEntry e : framework.getCatalogue()) {
			String s = e.subMissionCode();
			if (s != null && (s.equals(c) || s.startsWith(c + "."))) {
				result.add(e);
			}
		}
		return result;
	}

	/**
	 * Where an entry's project goes when the analyst chose {@code selected}: the sub-mission with the entry's code
	 * inside the selection, else the selection itself (the plan may lack that sub-mission; nothing is created).
	 */
	public static ProjectContainer targetFor(ProjectContainer selected, CatalogueEntry entry) {
		String code = entry.subMissionCode();
		if (selected instanceof SubMission) {
			return selected;
		}
		if (selected instanceof Dimension d) {
			for (Mission m : d.getMissions()) {
				SubMission s = find(m, code);
				if (s != null) {
					return s;
				}
			}
		} else if (selected instanceof Mission m) {
			SubMission s = find(m, code);
			if (s != null) {
				return s;
			}
		}
		return selected;
	}

	private static SubMission find(Mission m, String code) {
		for (SubMission s : m.getSubMissions()) {
			if (Objects.equals(s.getCode(), code)) {
				return s;
			}
		}
		return null;
	}

	/** The first sequence number after every project of the plan. */
	public static int nextSeq(Plan plan) {
		int max = 0;
		for (Project p : plan.getAllProjects()) {
			max = Math.max(max, p.getSeq());
		}
		return max + 1;
	}

	/**
	 * One command that adds a new project for each entry under {@code selected}, numbered from the plan's next free
	 * sequence number in the given order. Unexecutable when there is nothing to add or no plan.
	 */
	public static Command addCommand(EditingDomain domain, ProjectContainer selected, List<CatalogueEntry> entries) {
		Plan plan = planOf(selected);
		if (plan == null || entries.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand compound = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL,
				NLS.bind(Messages.commandLabel, entries.size()), Messages.commandDescription);
		int seq = nextSeq(plan);
		for (CatalogueEntry entry : entries) {
			Project project = entry.createProject();
			project.setSeq(seq++);
			compound.append(AddCommand.create(domain, targetFor(selected, entry),
					PlanPackage.Literals.PROJECT_CONTAINER__PROJECTS, project));
		}
		return compound;
	}
}
