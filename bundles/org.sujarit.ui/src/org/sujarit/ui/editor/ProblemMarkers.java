package org.sujarit.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * The latest validation result of one plan, indexed by object: the tree marks an object with the worst severity of
 * its own problems and of everything it contains.
 */
public class ProblemMarkers {

	private Diagnostic diagnostic = Diagnostic.OK_INSTANCE;
	private final Map<Object, Integer> severity = new HashMap<>();
	private final Map<Object, Integer> count = new HashMap<>();
	private final List<Diagnostic> problems = new ArrayList<>();

	public void set(Diagnostic d) {
		diagnostic = d;
		severity.clear();
		count.clear();
		problems.clear();
		collect(d);
	}

	private void collect(Diagnostic d) {
		for (Diagnostic child : d.getChildren()) {
			if (child.getSeverity() >= Diagnostic.WARNING && !child.getData().isEmpty()
					&& child.getData().get(0) instanceof EObject target) {
				problems.add(child);
				for (EObject o = target; o != null; o = o.eContainer()) {
					severity.merge(o, child.getSeverity(), Math::max);
					count.merge(o, 1, Integer::sum);
				}
				continue;
			} else if (child.getSeverity() >= Diagnostic.WARNING && child.getChildren().isEmpty()) {
				problems.add(child);
			}
			collect(child);
		}
	}

	public Diagnostic getDiagnostic() {
		return diagnostic;
	}

	/** Problems (leaf diagnostics of severity warning or worse). */
	public List<Diagnostic> getProblems() {
		return problems;
	}

	public int severityOf(Object element) {
		return severity.getOrDefault(element, Diagnostic.OK);
	}

	public int countOf(Object element) {
		return count.getOrDefault(element, 0);
	}
}
