package org.sujarit.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;

/**
 * Builds the plan's organization units from how the seed names them: a project sheet prints the responsible unit in
 * full as "section division" ("ฝ่ายนิติการ สำนักปลัดองค์การบริหารส่วนจังหวัด"), or only the division when it has no
 * sections (schools, the internal audit unit), or two sections joined by "และ" ("ฝ่ายA และฝ่ายB กอง…"). Divisions
 * become top-level units with the summary table's abbreviation as short name; sections become their sub-units.
 * Units are created in order of first appearance, so the same input gives the same tree.
 */
final class UnitTree {

	/** "… และฝ่าย…" joins two sections; "และ" inside a section's own name ("กีฬาและนันทนาการ") is not a join. */
	private static final Pattern SECTION_JOIN = Pattern.compile("\\s+และ\\s*(?=ฝ่าย|งาน|หน่วย)");

	/** The responsible unit and any further (supporting) units of one project. */
	record Assignment(OrganizationUnit responsible, List<OrganizationUnit> supporting) {
	}

	private final Plan plan;

	UnitTree(Plan plan) {
		this.plan = plan;
	}

	/**
	 * @param printed      the responsible unit as the sheet prints it (sections and division, full names)
	 * @param division     the division's full name, or null
	 * @param abbreviation the division's printed abbreviation, or null
	 */
	Assignment assign(String printed, String division, String abbreviation) {
		String text = normalize(printed);
		String div = normalize(division);
		if (text.isEmpty() && div.isEmpty()) {
			return new Assignment(null, List.of());
		}
		if (div.isEmpty()) {
			return new Assignment(topUnit(text, null), List.of());
		}
		OrganizationUnit top = topUnit(div, normalize(abbreviation));
		if (text.isEmpty() || text.equals(div)) {
			return new Assignment(top, List.of());
		}
		String sections;
		if (text.endsWith(" " + div)) {
			sections = text.substring(0, text.length() - div.length()).trim();
		} else {
			// the sheet names a unit outside the given division: keep it as a unit of its own
			return new Assignment(topUnit(text, null), List.of());
		}
		List<OrganizationUnit> units = new ArrayList<>();
		for (String section : SECTION_JOIN.split(sections)) {
			if (!section.isBlank()) {
				units.add(subUnit(top, section.trim()));
			}
		}
		if (units.isEmpty()) {
			return new Assignment(top, List.of());
		}
		return new Assignment(units.get(0), List.copyOf(units.subList(1, units.size())));
	}

	private OrganizationUnit topUnit(String name, String abbreviation) {
		for (OrganizationUnit u : plan.getUnits()) {
			if (name.equals(u.getName())) {
				if (u.getShortName() == null && abbreviation != null && !abbreviation.isEmpty()) {
					u.setShortName(abbreviation);
				}
				return u;
			}
		}
		OrganizationUnit u = PlanFactory.eINSTANCE.createOrganizationUnit();
		u.setName(name);
		if (abbreviation != null && !abbreviation.isEmpty()) {
			u.setShortName(abbreviation);
		}
		plan.getUnits().add(u);
		return u;
	}

	private static OrganizationUnit subUnit(OrganizationUnit parent, String name) {
		for (OrganizationUnit u : parent.getSubUnits()) {
			if (name.equals(u.getName())) {
				return u;
			}
		}
		OrganizationUnit u = PlanFactory.eINSTANCE.createOrganizationUnit();
		u.setName(name);
		parent.getSubUnits().add(u);
		return u;
	}

	private static String normalize(String s) {
		return s == null ? "" : s.strip().replaceAll("\\s+", " ");
	}
}
