package org.sujarit.framework.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.sujarit.framework.Messages;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.SubMission;
import org.sujarit.model.YearBudget;

/** Names plan objects in findings, the same way in every rule. */
public final class ObjectLabels {

	/** Long Thai names are cut here so that a message stays readable in the Problems view. */
	static final int MAX_NAME = 60;

	private ObjectLabels() {
	}

	public static String describe(EObject object, Locale locale) {
		if (object instanceof Project p) {
			return Messages.get(locale, "label.project", p.getSeq(), name(p.getName(), p.getNameEn(), locale));
		}
		if (object instanceof Dimension d) {
			return Messages.get(locale, "label.dimension", d.getCode(), name(d.getName(), d.getNameEn(), locale));
		}
		if (object instanceof Mission m) {
			return Messages.get(locale, "label.mission", m.getCode(), name(m.getName(), m.getNameEn(), locale));
		}
		if (object instanceof SubMission s) {
			return Messages.get(locale, "label.subMission", s.getCode(), name(s.getName(), s.getNameEn(), locale));
		}
		if (object instanceof OrganizationUnit u) {
			return Messages.get(locale, "label.unit", name(u.getName(), u.getNameEn(), locale));
		}
		if (object instanceof YearBudget b && b.eContainer() != null) {
			return Messages.get(locale, "label.budget", b.getFiscalYear(), describe(b.eContainer(), locale));
		}
		if (object instanceof Plan plan) {
			return Messages.get(locale, "label.plan", name(plan.getTitle(), plan.getTitleEn(), locale));
		}
		return object == null ? "" : object.eClass().getName();
	}

	static String name(String thai, String english, Locale locale) {
		String n = !RuleMessages.isThai(locale) && english != null && !english.isBlank() ? english : thai;
		if (n == null || n.isBlank()) {
			return Messages.get(locale, "label.unnamed");
		}
		n = n.strip();
		return n.length() > MAX_NAME ? n.substring(0, MAX_NAME - 1) + '…' : n;
	}
}
