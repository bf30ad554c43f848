package org.sujarit.framework.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sujarit.framework.Messages;
import org.sujarit.framework.validation.IPlanRule;
import org.sujarit.framework.validation.RuleContext;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.YearBudget;
import org.sujarit.core.money.AmountException;
import org.sujarit.core.money.Amounts;

/**
 * Values that hold for every framework, one finding per mistake on the object that carries it: quarters 1–4, no
 * negative disbursed amount, results rounds within the plan's years and each project at most once per round, project
 * sequence numbers and object ids unique, amounts within the bounds (12 digits, 2 decimals), plan years 2400–2700 BE
 * and at most 10. Plans read from files are already held to the bounds; this catches plans made or edited in memory.
 */
public class DataRule implements IPlanRule {

	static final int MIN_YEAR = 2400;
	static final int MAX_YEAR = 2700;
	static final int MAX_YEARS = 10;

	@Override
	public void check(Plan plan, RuleContext ctx) {
		var l = ctx.getLocale();
		checkYears(plan, ctx);
		Map<Integer, Project> bySeq = new HashMap<>();
		for (Project p : plan.getAllProjects()) {
			for (Integer q : p.getQuarters()) {
				if (q == null || q < 1 || q > 4) {
					ctx.error(p, "data.quarter", Messages.get(l, "data.quarter", ctx.describe(p), String.valueOf(q)));
				}
			}
			if (p.getSeq() > 0) { // 0: not numbered yet
				Project first = bySeq.putIfAbsent(p.getSeq(), p);
				if (first != null) {
					ctx.error(p, "data.duplicateSeq", Messages.get(l, "data.duplicateSeq", ctx.describe(first),
							ctx.describe(p), String.valueOf(p.getSeq())), first);
				}
			}
			for (YearBudget b : p.getBudgets()) {
				amount(b, b.getAmount(), ctx, p);
			}
		}
		for (ResultsRound r : plan.getResultsRounds()) {
			String round = String.valueOf(r.getRound() == null ? "?" : r.getRound().getValue());
			String year = String.valueOf(r.getFiscalYear());
			if (r.getFiscalYear() < plan.getFirstYear() || r.getFiscalYear() > plan.getLastYear()) {
				ctx.error(r, "data.roundOutsideYears", Messages.get(l, "data.roundOutsideYears", round, year,
						String.valueOf(plan.getFirstYear()), String.valueOf(plan.getLastYear())));
			}
			Map<Project, ProjectResult> seen = new HashMap<>();
			for (ProjectResult pr : r.getResults()) {
				Project p = pr.getProject();
				String who = p == null ? "?" : ctx.describe(p);
				if (p != null && seen.putIfAbsent(p, pr) != null) {
					ctx.error(pr, "data.resultTwice", Messages.get(l, "data.resultTwice", who, round, year), p);
				}
				BigDecimal d = pr.getDisbursed();
				if (d != null && d.signum() < 0) {
					ctx.error(pr, "data.negativeDisbursed",
							Messages.get(l, "data.negativeDisbursed", who, round, year, d.toString()), p);
				} else {
					amount(pr, d, ctx, p);
				}
			}
		}
		Map<String, EObject> byId = new HashMap<>();
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			String id = EcoreUtil.getID(o);
			if (id == null || id.isEmpty()) {
				continue;
			}
			EObject first = byId.putIfAbsent(id, o);
			if (first != null) {
				ctx.error(o, "data.duplicateId",
						Messages.get(l, "data.duplicateId", ctx.describe(first), ctx.describe(o), id), first);
			}
		}
	}

	private static void checkYears(Plan plan, RuleContext ctx) {
		int first = plan.getFirstYear();
		int last = plan.getLastYear();
		if (first < MIN_YEAR || first > MAX_YEAR || last < MIN_YEAR || last > MAX_YEAR || last < first
				|| last - first + 1 > MAX_YEARS) {
			ctx.error(plan, "data.years", Messages.get(ctx.getLocale(), "data.years", String.valueOf(first),
					String.valueOf(last), String.valueOf(MAX_YEARS)));
		}
	}

	/** Too many digits or decimals (a negative budget is BudgetRule's finding, a negative payment above). */
	private static void amount(EObject holder, BigDecimal v, RuleContext ctx, Project p) {
		AmountException.Reason r = v == null ? null : Amounts.checkMagnitude(v);
		if (r != null) {
			ctx.error(p != null ? p : holder, "data.amount", Messages.get(ctx.getLocale(), "data.amount",
					ctx.describe(holder), v.toString(), r.text(ctx.getLocale())), holder);
		}
	}
}
