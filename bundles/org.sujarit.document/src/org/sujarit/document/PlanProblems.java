package org.sujarit.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Plan;

/**
 * The validation of one document's plan (EMF's structural checks plus every installed framework's rules) and its
 * latest result as markers indexed by object: an object carries the worst severity of its own problems and of
 * everything it contains. Listeners (the tree, the grids, the Problems view) are told after each validation.
 */
public class PlanProblems {

	private final PlanDocument document;
	private final List<Consumer<PlanProblems>> listeners = new CopyOnWriteArrayList<>();
	private Diagnostic diagnostic = Diagnostic.OK_INSTANCE;
	private final Map<Object, Integer> severity = new HashMap<>();
	private final Map<Object, Integer> count = new HashMap<>();
	private final Map<EObject, Integer> own = new HashMap<>();
	private final List<Diagnostic> problems = new ArrayList<>();

	public PlanProblems(PlanDocument document) {
		this.document = document;
	}

	public PlanDocument getDocument() {
		return document;
	}

	/** Validates the document's current plan, keeps the result and notifies the listeners. */
	public Diagnostic validate(IProgressMonitor monitor) {
		Plan plan = document.getPlan();
		set(plan == null ? Diagnostic.OK_INSTANCE
				: PlanValidator.validate(plan, monitor == null ? new NullProgressMonitor() : monitor));
		return diagnostic;
	}

	/** Keeps a validation result made elsewhere and notifies the listeners. */
	public void set(Diagnostic d) {
		diagnostic = d;
		severity.clear();
		count.clear();
		own.clear();
		problems.clear();
		collect(d);
		for (Diagnostic child : d.getChildren()) {
			if (!child.getData().isEmpty() && child.getData().get(0) instanceof EObject o) {
				own.merge(o, child.getSeverity(), Math::max);
			}
		}
		listeners.forEach(l -> l.accept(this));
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

	/** Problems (leaf diagnostics of severity warning or worse), in validation order. */
	public List<Diagnostic> getProblems() {
		return problems;
	}

	public long errorCount() {
		return problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
	}

	/** The worst severity of the object's problems and of everything it contains. */
	public int severityOf(Object element) {
		return severity.getOrDefault(element, Diagnostic.OK);
	}

	public int countOf(Object element) {
		return count.getOrDefault(element, 0);
	}

	/** Objects named by a top-level diagnostic → their worst own severity (the grids mark these rows). */
	public Map<EObject, Integer> ownSeverities() {
		return own;
	}

	public void addListener(Consumer<PlanProblems> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<PlanProblems> listener) {
		listeners.remove(listener);
	}
}
