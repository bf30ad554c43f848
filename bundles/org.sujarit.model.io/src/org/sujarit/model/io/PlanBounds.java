package org.sujarit.model.io;

import java.math.BigDecimal;
import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.YearBudget;
import org.sujarit.core.money.AmountException;
import org.sujarit.core.money.Amounts;

/**
 * The bounds every plan is held to before any work is sized by its values: fiscal years are Buddhist-era years
 * {@value #MIN_YEAR}–{@value #MAX_YEAR}, a plan runs at most {@value #MAX_YEARS} years, and amounts have at most
 * {@value Amounts#MAX_INTEGER_DIGITS} digits before the point and {@value Amounts#MAX_FRACTION_DIGITS} after (other
 * decimals: at most {@value #MAX_DECIMAL_DIGITS} digits either side). A plan outside them is refused when it is loaded,
 * so a plan whose years run from 1 to 2147483647 or with a budget of 1E+999999 gives one clear error instead of
 * exhausting the memory. Wrong values inside the bounds (a negative amount, a quarter 5) are left to validation, which
 * names the object.
 */
public final class PlanBounds {

	public static final int MIN_YEAR = 2400;
	public static final int MAX_YEAR = 2700;
	public static final int MAX_YEARS = 10;
	/** Indicator targets and other decimals that are not money. */
	public static final int MAX_DECIMAL_DIGITS = 18;

	/** The first value of a plan outside the bounds: message key and arguments after the file. */
	public record Violation(EObject object, String key, Object[] args) {
	}

	private PlanBounds() {
	}

	/** Whether a fiscal year is one Sujarit accepts at all (2400–2700 BE). */
	public static boolean isYear(int year) {
		return year >= MIN_YEAR && year <= MAX_YEAR;
	}

	/** The first value outside the bounds (cheap: one pass, nothing expanded), or null. */
	public static Violation check(Plan plan) {
		int first = plan.getFirstYear();
		int last = plan.getLastYear();
		// a plan without years (a fragment, a skeleton) sizes nothing by them
		boolean noYears = !plan.eIsSet(PlanPackage.Literals.PLAN__FIRST_YEAR)
				&& !plan.eIsSet(PlanPackage.Literals.PLAN__LAST_YEAR);
		if (noYears) {
			// nothing to check here
		} else if (!isYear(first) || !isYear(last)) {
			return new Violation(plan, Messages.LOAD_YEARS_RANGE, new Object[] { year(first), year(last) });
		} else if (last < first || (long) last - first + 1 > MAX_YEARS) {
			return new Violation(plan, Messages.LOAD_YEARS_SPAN,
					new Object[] { year(first), year(last), String.valueOf(MAX_YEARS) });
		}
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof YearBudget b) {
				if (b.eIsSet(PlanPackage.Literals.YEAR_BUDGET__FISCAL_YEAR) && !isYear(b.getFiscalYear())) {
					return new Violation(b, Messages.LOAD_YEAR_OF, new Object[] { label(b), year(b.getFiscalYear()) });
				}
			} else if (o instanceof ResultsRound r && r.eIsSet(PlanPackage.Literals.RESULTS_ROUND__FISCAL_YEAR)
					&& !isYear(r.getFiscalYear())) {
				return new Violation(r, Messages.LOAD_YEAR_OF, new Object[] { label(r), year(r.getFiscalYear()) });
			}
			for (EAttribute a : o.eClass().getEAllAttributes()) {
				if (a.getEAttributeType() != EcorePackage.Literals.EBIG_DECIMAL || a.isMany()) {
					continue;
				}
				if (o.eGet(a) instanceof BigDecimal v) {
					boolean money = o instanceof YearBudget || o instanceof ProjectResult;
					AmountException.Reason reason = money ? Amounts.checkMagnitude(v) : decimalReason(v);
					if (reason != null) {
						return new Violation(o, Messages.LOAD_AMOUNT, new Object[] { label(o), a.getName(),
								abbreviate(v), new AmountReason(reason) });
					}
				}
			}
		}
		return null;
	}

	private static AmountException.Reason decimalReason(BigDecimal v) {
		long integerDigits = v.signum() == 0 ? 0 : (long) v.precision() - v.scale();
		if (integerDigits > MAX_DECIMAL_DIGITS) {
			return AmountException.Reason.TOO_LARGE;
		}
		return v.scale() > MAX_DECIMAL_DIGITS ? AmountException.Reason.TOO_MANY_DECIMALS : null;
	}

	/** Years are never grouped ("2,566"). */
	private static String year(int y) {
		return String.valueOf(y);
	}

	/** The scientific form of a huge value (1E+999999), never its expansion. */
	private static String abbreviate(BigDecimal v) {
		String s = v.toString();
		return s.length() > 40 ? s.substring(0, 37) + "..." : s;
	}

	/** Names the object by what the file says about it: class, id or the project's sequence number. */
	static String label(EObject o) {
		Project p = o instanceof Project pr ? pr : o instanceof YearBudget b && b.eContainer() instanceof Project c ? c
				: o instanceof ProjectResult r ? r.getProject() : null;
		if (o instanceof ResultsRound r) {
			return "ResultsRound " + r.getFiscalYear() + "/" + r.getRound();
		}
		if (p != null) {
			String what = o == p ? "" : o.eClass().getName() + " of ";
			return what + "Project " + p.getSeq() + (p.getId() == null ? "" : " (" + p.getId() + ")");
		}
		return o.eClass().getName();
	}

	/** The reason in the locale of the whole message. */
	record AmountReason(AmountException.Reason reason) implements MessageBundle.Localized {
		@Override
		public String toString(java.util.Locale locale) {
			return reason.text(locale);
		}
	}
}
