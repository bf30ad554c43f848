package org.sujarit.framework.validation;

import org.sujarit.model.Plan;

/**
 * A validation rule contributed through {@code org.sujarit.framework.frameworks/rule}. Implementations need a public
 * no-argument constructor, must not modify the plan, and report each problem once, on the object it concerns, through
 * the context.
 */
public interface IPlanRule {

	void check(Plan plan, RuleContext ctx);
}
