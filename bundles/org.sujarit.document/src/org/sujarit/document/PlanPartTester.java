package org.sujarit.document;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.runtime.Adapters;
import org.sujarit.model.Plan;

/**
 * {@code org.sujarit.document.hasPlan}: the receiver (a workbench part) adapts to a {@link Plan}. Core expressions'
 * {@code <adapt>} asks only the adapter manager, not the part's own {@code getAdapter}, hence this tester.
 */
public class PlanPartTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		boolean has = Adapters.adapt(receiver, Plan.class) != null;
		return expectedValue instanceof Boolean b ? has == b : has;
	}
}
