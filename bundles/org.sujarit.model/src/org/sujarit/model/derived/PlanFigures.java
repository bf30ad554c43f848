package org.sujarit.model.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.sujarit.model.Dimension;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Mission;
import org.sujarit.model.OrganizationUnit;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectContainer;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.YearBudget;

/**
 * The one place where Sujarit derives figures from a plan: totals per fiscal year, counts per quarter, kind and
 * status. The generated model delegates its derived operations here (see the body annotations in plan.ecore), so
 * editors, validation and reports all agree. Money is {@link BigDecimal}, never double.
 */
public final class PlanFigures {

	private PlanFigures() {
	}

	public static EList<Integer> fiscalYears(Plan plan) {
		List<Integer> years = new ArrayList<>();
		if (plan.getFirstYear() > 0 && plan.getLastYear() >= plan.getFirstYear()) {
			for (int y = plan.getFirstYear(); y <= plan.getLastYear(); y++) {
				years.add(y);
			}
		}
		return ECollections.unmodifiableEList(years);
	}

	/** Projects in document order: a container's own projects first, then those of its children. */
	public static EList<Project> allProjects(Plan plan) {
		List<Project> result = new ArrayList<>();
		for (Dimension d : plan.getDimensions()) {
			collect(d, result);
		}
		return ECollections.unmodifiableEList(result);
	}

	public static EList<Project> allProjects(ProjectContainer container) {
		List<Project> result = new ArrayList<>();
		collect(container, result);
		return ECollections.unmodifiableEList(result);
	}

	private static void collect(ProjectContainer container, List<Project> into) {
		into.addAll(container.getProjects());
		if (container instanceof Dimension d) {
			for (Mission m : d.getMissions()) {
				collect(m, into);
			}
		} else if (container instanceof Mission m) {
			for (SubMission s : m.getSubMissions()) {
				collect(s, into);
			}
		}
	}

	public static BigDecimal totalBudget(List<Project> projects, int fiscalYear) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Project p : projects) {
			sum = sum.add(budgetIn(p, fiscalYear));
		}
		return sum;
	}

	public static BigDecimal totalBudgetOverPlan(Plan plan) {
		BigDecimal sum = BigDecimal.ZERO;
		List<Project> projects = plan.getAllProjects();
		for (int year : plan.getFiscalYears()) {
			sum = sum.add(totalBudget(projects, year));
		}
		return sum;
	}

	public static YearBudget findBudget(Project project, int fiscalYear) {
		for (YearBudget b : project.getBudgets()) {
			if (b.getFiscalYear() == fiscalYear) {
				return b;
			}
		}
		return null;
	}

	public static BigDecimal budgetIn(Project project, int fiscalYear) {
		YearBudget b = findBudget(project, fiscalYear);
		if (b == null || b.isNoBudget() || b.getAmount() == null) {
			return BigDecimal.ZERO;
		}
		return b.getAmount();
	}

	public static int countInQuarter(List<Project> projects, int quarter) {
		int n = 0;
		for (Project p : projects) {
			if (p.getQuarters().contains(quarter)) {
				n++;
			}
		}
		return n;
	}

	public static int countByKind(List<Project> projects, ProjectKind kind) {
		int n = 0;
		for (Project p : projects) {
			if (p.getKind() == kind) {
				n++;
			}
		}
		return n;
	}

	public static ResultsRound findRound(Plan plan, int fiscalYear, RoundKind round) {
		for (ResultsRound r : plan.getResultsRounds()) {
			if (r.getFiscalYear() == fiscalYear && r.getRound() == round) {
				return r;
			}
		}
		return null;
	}

	public static Dimension findDimension(Plan plan, int number) {
		for (Dimension d : plan.getDimensions()) {
			if (number(d) == number) {
				return d;
			}
		}
		return null;
	}

	public static int number(Dimension dimension) {
		String code = dimension.getCode();
		if (code == null) {
			return 0;
		}
		try {
			return Integer.parseInt(code.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	public static int countByStatus(ResultsRound round, ResultStatus status) {
		int n = 0;
		for (ProjectResult r : round.getResults()) {
			if (r.getStatus() == status) {
				n++;
			}
		}
		return n;
	}

	public static BigDecimal totalDisbursed(ResultsRound round) {
		BigDecimal sum = BigDecimal.ZERO;
		for (ProjectResult r : round.getResults()) {
			if (r.getDisbursed() != null) {
				sum = sum.add(r.getDisbursed());
			}
		}
		return sum;
	}

	public static ProjectResult resultFor(ResultsRound round, Project project) {
		for (ProjectResult r : round.getResults()) {
			if (r.getProject() == project) {
				return r;
			}
		}
		return null;
	}

	public static Dimension dimensionOf(Project project) {
		return ancestor(project, Dimension.class);
	}

	public static Mission missionOf(Project project) {
		return ancestor(project, Mission.class);
	}

	public static SubMission subMissionOf(Project project) {
		return ancestor(project, SubMission.class);
	}

	private static <T> T ancestor(EObject object, Class<T> type) {
		for (EObject c = object.eContainer(); c != null; c = c.eContainer()) {
			if (type.isInstance(c)) {
				return type.cast(c);
			}
		}
		return null;
	}

	public static EList<Indicator> indicators(Project project, IndicatorKind kind) {
		List<Indicator> result = new ArrayList<>();
		for (Indicator i : project.getIndicators()) {
			if (i.getKind() == kind) {
				result.add(i);
			}
		}
		return ECollections.unmodifiableEList(result);
	}

	/** "ฝ่ายนิติการ สำนักปลัดองค์การบริหารส่วนจังหวัด": the unit, then each enclosing unit. */
	public static String fullName(OrganizationUnit unit) {
		StringBuilder sb = new StringBuilder();
		for (EObject u = unit; u instanceof OrganizationUnit ou; u = u.eContainer()) {
			if (ou.getName() != null && !ou.getName().isBlank()) {
				if (sb.length() > 0) {
					sb.append(' ');
				}
				sb.append(ou.getName().trim());
			}
		}
		return sb.toString();
	}

	public static OrganizationUnit topUnit(OrganizationUnit unit) {
		OrganizationUnit top = unit;
		for (EObject u = unit.eContainer(); u instanceof OrganizationUnit ou; u = u.eContainer()) {
			top = ou;
		}
		return top;
	}
}
