package org.sujarit.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.Options;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.sujarit.cli.CliApplication;
import org.sujarit.cli.CliCommand;
import org.sujarit.cli.CliContext;
import org.sujarit.cli.Messages;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.RegistryProblem;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;

/** {@code validate --plan FILE}: one line per finding; exit 0 clean (warnings allowed), 1 a rule broken. */
public final class ValidateCommand implements CliCommand {

	@Override
	public void defineOptions(Options options) {
		options.addOption(CliCommand.value("plan"));
	}

	@Override
	public int run(CliContext o) throws Exception {
		Path planFile = o.existingFile("plan");
		Plan plan = PlanResources.loadPlan(planFile);
		Diagnostic root = PlanValidator.validate(plan, new NullProgressMonitor());
		// clashes between installed framework plug-ins come first: they may explain the plan's findings, but they are
		// not the plan's fault and do not change the exit code
		for (RegistryProblem p : FrameworkRegistry.getDefault().getProblems()) {
			o.out().println(NLS.bind(Messages.InstallationProblem,
					p.error() ? Messages.SeverityError : Messages.SeverityWarning,
					p.localizedMessage().replace('\n', ' ')));
		}
		int errors = 0;
		int warnings = 0;
		for (Diagnostic d : flatten(root)) {
			String severity;
			switch (d.getSeverity()) {
			case Diagnostic.ERROR -> {
				severity = Messages.SeverityError;
				errors++;
			}
			case Diagnostic.WARNING -> {
				severity = Messages.SeverityWarning;
				warnings++;
			}
			case Diagnostic.INFO -> severity = Messages.SeverityInfo;
			default -> {
				continue;
			}
			}
			o.out().println(severity + ": " + d.getMessage().replace('\n', ' '));
		}
		if (errors == 0 && warnings == 0) {
			o.out().println(NLS.bind(Messages.ValidationClean, planFile));
		} else {
			o.out().println(NLS.bind(Messages.ValidationSummary, new Object[] { planFile, errors, warnings }));
		}
		return errors > 0 ? CliApplication.RULE_BROKEN : CliApplication.OK;
	}

	/** The leaves of a diagnostic tree (EMF nests a feature's findings under the object's). */
	static List<Diagnostic> flatten(Diagnostic root) {
		List<Diagnostic> leaves = new ArrayList<>();
		for (Diagnostic child : root.getChildren()) {
			if (child.getChildren().isEmpty()) {
				leaves.add(child);
			} else {
				leaves.addAll(flatten(child));
			}
		}
		return leaves;
	}
}
