package org.sujarit.framework.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.Messages;
import org.sujarit.model.Plan;
import org.sujarit.model.unknown.UnknownContent;
import org.sujarit.model.unknown.UnknownContent.MissingPackageWarning;

/**
 * Checks a plan: EMF's structural constraints, the rules that hold for every framework, and the rules of the plan's
 * framework (by Plan.frameworkId; the exact Plan.frameworkVersion when installed, else the newest installed version,
 * with a warning). Returns a root diagnostic whose children each carry a severity, a message naming the object and
 * {@code getData().get(0)} = the object.
 */
public final class PlanValidator {

	public static final String SOURCE = "org.sujarit.framework";

	private PlanValidator() {
	}

	/** Validates with the installed frameworks, messages in the default locale's language. */
	public static Diagnostic validate(Plan plan, IProgressMonitor monitor) {
		return validate(plan, FrameworkRegistry.getDefault(), Locale.getDefault(), monitor);
	}

	public static Diagnostic validate(Plan plan, FrameworkRegistry registry, Locale locale, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.get(locale, "validation.task"), 100);
		BasicDiagnostic root = new BasicDiagnostic(Diagnostic.OK, SOURCE, 0,
				Messages.get(locale, "validation.root", ObjectLabels.describe(plan, locale)), new Object[] { plan });

		Diagnostic structural = Diagnostician.INSTANCE.validate(plan);
		for (Diagnostic child : structural.getChildren()) {
			// EMF's own text names Java objects (…ProjectImpl@583bbac7{file:…#p1}): DataRule says which two share an id
			if (!(EObjectValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())
					&& child.getCode() == EObjectValidator.EOBJECT__UNIQUE_ID)) {
				root.add(child);
			}
		}
		progress.worked(10);

		FrameworkDescriptor framework = registry.forPlan(plan);
		String id = plan.getFrameworkId();
		String warningKey = null;
		Object[] warningArgs = {};
		if (framework == null) {
			FrameworkDescriptor latest = id == null ? null : registry.findLatest(id);
			if (id == null || id.isBlank()) {
				warningKey = "framework.none";
			} else if (latest != null) {
				warningKey = "framework.otherVersion";
				warningArgs = new Object[] { id, plan.getFrameworkVersion(), latest.getVersion() };
				framework = latest;
			} else {
				warningKey = "framework.missing";
				warningArgs = new Object[] { id, plan.getFrameworkVersion() };
			}
		}
		RuleContext ctx = new RuleContext(plan, framework, locale, progress);
		ctx.setRuleId(SOURCE);
		if (warningKey != null) {
			ctx.warning(plan, warningKey, Messages.get(locale, warningKey, warningArgs));
		}
		if (plan.eResource() != null) {
			// content of plug-ins that are not installed: kept and saved, but neither edited nor checked
			for (MissingPackageWarning w : UnknownContent.warnings(plan.eResource())) {
				ctx.warning(plan, "plan.missingPackage", w.getMessage(locale));
			}
		}
		List<RuleDescriptor> rules = new ArrayList<>(registry.getGenericRules());
		if (framework != null) {
			rules.addAll(framework.getRules());
		}
		SubMonitor ruleProgress = progress.split(90).setWorkRemaining(Math.max(1, rules.size()));
		for (RuleDescriptor rule : rules) {
			if (ctx.isCanceled()) {
				break;
			}
			ctx.setRuleId(rule.getId());
			try {
				rule.getRule().check(plan, ctx);
			} catch (RuntimeException | LinkageError e) {
				ILog.of(PlanValidator.class).log(new Status(IStatus.ERROR, SOURCE,
						"Rule " + rule.getId() + " of " + rule.getContributor() + " failed", e));
				ctx.error(plan, "rule.failed",
						Messages.get(locale, "rule.failed", rule.getId(), rule.getContributor(), String.valueOf(e)));
			}
			ruleProgress.worked(1);
		}
		for (Finding f : ctx.getFindings()) {
			root.add(f);
		}
		return root;
	}
}
