package org.sujarit.ui.grid.internal.results;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorResult;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.ui.grid.internal.Messages;

/**
 * Commands that record results. The first entry of a round creates the {@link ResultsRound} (with one
 * {@link ProjectResult} per project, awaiting report) in the same compound command, so one undo removes both; a
 * project added later gets its result row on its first entry. Commands are created by the editing domain, so its
 * read-only policy applies.
 */
public final class ResultsCommands {

	private ResultsCommands() {
	}

	/** A value of a project's result (status, disbursed, remark); null when nothing changes. */
	public static Command setResult(EditingDomain domain, Plan plan, int year, RoundKind kind, Project project,
			EStructuralFeature feature, Object value) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.Results_editLabel, project.getSeq()));
		ProjectResult result = ensureResult(c, domain, plan, year, kind, project);
		if (same(result.eGet(feature), value)) {
			return c.isEmpty() ? null : c;
		}
		c.append(SetCommand.create(domain, result, feature, value));
		return c;
	}

	/** A value of a project's indicator result (actual value or note); null when nothing changes. */
	public static Command setIndicator(EditingDomain domain, Plan plan, int year, RoundKind kind, Project project,
			Indicator indicator, EStructuralFeature feature, Object value) {
		CompoundCommand c = new CompoundCommand(NLS.bind(Messages.Results_editLabel, project.getSeq()));
		ProjectResult result = ensureResult(c, domain, plan, year, kind, project);
		IndicatorResult ir = findIndicatorResult(result, indicator);
		if (ir == null) {
			if (value == null) {
				return c.isEmpty() ? null : c;
			}
			ir = PlanFactory.eINSTANCE.createIndicatorResult();
			ir.setIndicator(indicator);
			c.append(AddCommand.create(domain, result, PlanPackage.Literals.PROJECT_RESULT__INDICATOR_RESULTS, ir));
		}
		if (same(ir.eGet(feature), value)) {
			return c.isEmpty() ? null : c;
		}
		c.append(SetCommand.create(domain, ir, feature, value));
		return c;
	}

	public static IndicatorResult findIndicatorResult(ProjectResult result, Indicator indicator) {
		if (result == null) {
			return null;
		}
		for (IndicatorResult ir : result.getIndicatorResults()) {
			if (ir.getIndicator() == indicator) {
				return ir;
			}
		}
		return null;
	}

	private static ProjectResult ensureResult(CompoundCommand c, EditingDomain domain, Plan plan, int year,
			RoundKind kind, Project project) {
		ResultsRound round = plan.findRound(year, kind);
		if (round == null) {
			round = PlanFactory.eINSTANCE.createResultsRound();
			round.setFiscalYear(year);
			round.setRound(kind);
			for (Project p : plan.getAllProjects()) {
				round.getResults().add(newResult(p));
			}
			c.append(AddCommand.create(domain, plan, PlanPackage.Literals.PLAN__RESULTS_ROUNDS, round));
			return round.resultFor(project);
		}
		ProjectResult result = round.resultFor(project);
		if (result == null) {
			result = newResult(project);
			c.append(AddCommand.create(domain, round, PlanPackage.Literals.RESULTS_ROUND__RESULTS, result));
		}
		return result;
	}

	private static ProjectResult newResult(Project p) {
		ProjectResult r = PlanFactory.eINSTANCE.createProjectResult();
		r.setProject(p);
		r.setStatus(ResultStatus.AWAITING_REPORT);
		return r;
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		if (a instanceof String s && s.isEmpty()) {
			a = null;
		}
		if (b instanceof String s && s.isEmpty()) {
			b = null;
		}
		return Objects.equals(a, b);
	}
}
