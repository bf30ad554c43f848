package org.sujarit.ui.grid.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectContainer;
import org.sujarit.model.ProjectResult;

/**
 * The worst validation severity per row object (project, dimension, mission), from whatever object a problem was
 * reported on: a budget entry, an indicator or a result counts for its project.
 */
public final class Problems {

	private final Map<EObject, Integer> severities = new HashMap<>();

	public void set(Map<? extends EObject, Integer> problems) {
		severities.clear();
		if (problems == null) {
			return;
		}
		problems.forEach((object, severity) -> {
			EObject row = rowObject(object);
			if (row != null && severity != null) {
				severities.merge(row, severity, Math::max);
			}
		});
	}

	/** Diagnostic.ERROR, WARNING, INFO or OK for a row object. */
	public int severityOf(EObject rowObject) {
		return severities.getOrDefault(rowObject, Diagnostic.OK);
	}

	private static EObject rowObject(EObject object) {
		if (object instanceof ProjectResult r) {
			return r.getProject();
		}
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Project || o instanceof ProjectContainer) {
				return o;
			}
			if (o instanceof ProjectResult r) {
				return r.getProject();
			}
		}
		return null;
	}
}
