package org.sujarit.framework.validation;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * One problem reported by a rule: a Diagnostic whose {@code getData().get(0)} is the offending object (further data
 * entries are related objects, e.g. the YearBudget of a project), with the rule id and a stable key (for filtering,
 * quick fixes and tests).
 */
public final class Finding extends BasicDiagnostic {

	private final String ruleId;
	private final String key;

	public Finding(int severity, String ruleId, String key, String message, EObject target, Object... related) {
		super(severity, ruleId, 0, message, data(target, related));
		this.ruleId = ruleId;
		this.key = key;
	}

	private static Object[] data(EObject target, Object[] related) {
		Object[] data = new Object[related.length + 1];
		data[0] = target;
		System.arraycopy(related, 0, data, 1, related.length);
		return data;
	}

	public String getRuleId() {
		return ruleId;
	}

	/** The finding's key, e.g. {@code nacc.minimumProjects}. */
	public String getKey() {
		return key;
	}

	public EObject getTarget() {
		List<?> data = getData();
		return (EObject) data.get(0);
	}

	@Override
	public String toString() {
		return (getSeverity() == ERROR ? "ERROR " : getSeverity() == WARNING ? "WARNING " : "INFO ") + key + ": "
				+ getMessage();
	}
}
