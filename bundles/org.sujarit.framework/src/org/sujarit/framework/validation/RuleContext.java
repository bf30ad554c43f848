package org.sujarit.framework.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.model.Plan;

/**
 * What a rule gets besides the plan: the plan's framework (null when it is not installed), the locale to write
 * messages in, a way to name objects, and the report methods.
 */
public final class RuleContext {

	private final Plan plan;
	private final FrameworkDescriptor framework;
	private final Locale locale;
	private final IProgressMonitor monitor;
	private final List<Finding> findings = new ArrayList<>();
	private String ruleId = "";

	public RuleContext(Plan plan, FrameworkDescriptor framework, Locale locale, IProgressMonitor monitor) {
		this.plan = plan;
		this.framework = framework;
		this.locale = locale;
		this.monitor = monitor;
	}

	public Plan getPlan() {
		return plan;
	}

	/** The plan's framework as installed (with contributed dimensions), or null when it is not installed. */
	public FrameworkDescriptor getFramework() {
		return framework;
	}

	public Locale getLocale() {
		return locale;
	}

	public boolean isThai() {
		return RuleMessages.isThai(locale);
	}

	public boolean isCanceled() {
		return monitor != null && monitor.isCanceled();
	}

	/** How messages name an object: "Project 12 ‘…’", "โครงการที่ 12 ‘…’", "Dimension 3 ‘…’". */
	public String describe(EObject object) {
		return ObjectLabels.describe(object, locale);
	}

	public void error(EObject target, String key, String message, Object... related) {
		report(Diagnostic.ERROR, target, key, message, related);
	}

	public void warning(EObject target, String key, String message, Object... related) {
		report(Diagnostic.WARNING, target, key, message, related);
	}

	public void info(EObject target, String key, String message, Object... related) {
		report(Diagnostic.INFO, target, key, message, related);
	}

	public void report(int severity, EObject target, String key, String message, Object... related) {
		findings.add(new Finding(severity, ruleId, key, message, target, related));
	}

	void setRuleId(String ruleId) {
		this.ruleId = ruleId;
	}

	List<Finding> getFindings() {
		return Collections.unmodifiableList(findings);
	}
}
