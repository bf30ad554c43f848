package org.sujarit.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.document.PlanDocument;
import org.sujarit.document.PlanProblems;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.YearBudget;

/**
 * Validation markers without UI: a budget outside the plan's years (2575 in a 2566–2570 plan) is one error on its
 * project; the project, its mission, dimension and plan carry it, the other project does not; listeners hear each run.
 */
class PlanProblemsTest {

	@TempDir
	Path temp;

	private PlanDocument document;

	@AfterEach
	void dispose() {
		if (document != null) {
			document.dispose();
		}
	}

	@Test
	void anErrorOnAProjectMarksItAndWhatContainsIt() throws Exception {
		document = new PlanDocument(TestPlan.write(temp));
		PlanProblems problems = new PlanProblems(document);
		List<Integer> heard = new ArrayList<>();
		problems.addListener(p -> heard.add(p.getProblems().size()));
		Plan plan = document.getPlan();
		Project first = plan.getAllProjects().get(0);
		Project second = plan.getAllProjects().get(1);
		Mission mission = (Mission) first.eContainer();

		problems.validate(null);
		int before = problems.getProblems().size();
		long errorsBefore = problems.errorCount();
		assertEquals(Diagnostic.OK, problems.severityOf(first), String.valueOf(problems.getProblems()));
		assertEquals(0, problems.countOf(first));

		YearBudget budget = first.getBudgets().get(0);
		document.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(document.getEditingDomain(), budget, PlanPackage.Literals.YEAR_BUDGET__FISCAL_YEAR, 2575));
		problems.validate(null);

		assertEquals(before + 1, problems.getProblems().size(), String.valueOf(problems.getProblems()));
		assertEquals(errorsBefore + 1, problems.errorCount());
		Diagnostic added = problems.getProblems().stream().filter(d -> d.getData().get(0) == first).findFirst().orElseThrow();
		assertEquals(Diagnostic.ERROR, added.getSeverity());
		assertTrue(added.getData().contains(budget), "the budget entry is named as related data");
		assertEquals(Diagnostic.ERROR, problems.severityOf(first));
		assertEquals(1, problems.countOf(first));
		assertEquals(Diagnostic.ERROR, problems.severityOf(mission), "the mission carries its project's error");
		assertEquals(Diagnostic.ERROR, problems.severityOf(mission.eContainer()), "and the dimension");
		assertEquals(Diagnostic.ERROR, problems.severityOf(plan));
		assertEquals(Diagnostic.OK, problems.severityOf(second), "the other project is clean");
		assertEquals(Diagnostic.ERROR, problems.ownSeverities().get(first), "the grids mark the project's row");
		assertEquals(List.of(before, before + 1), heard);

		// undo: the next validation takes the marks away again
		document.getEditingDomain().getCommandStack().undo();
		problems.validate(null);
		assertEquals(before, problems.getProblems().size());
		assertEquals(Diagnostic.OK, problems.severityOf(first));
	}

	@Test
	void aDocumentWithoutPlanHasNoProblems() throws Exception {
		Path file = temp.resolve("broken.sujarit");
		java.nio.file.Files.writeString(file, "not xml");
		document = new PlanDocument(file);
		PlanProblems problems = new PlanProblems(document);
		assertEquals(Diagnostic.OK, problems.validate(null).getSeverity());
		assertTrue(problems.getProblems().isEmpty());
	}
}
