package org.sujarit.framework.validation;

import java.util.function.Supplier;

/**
 * A contributed rule, instantiated on first use.
 *
 * @param frameworkId the framework it is for, or null for a rule that holds for every framework
 */
public final class RuleDescriptor {

	private final String id;
	private final String frameworkId;
	private final String contributor;
	private final Supplier<IPlanRule> factory;
	private volatile IPlanRule rule;

	public RuleDescriptor(String id, String frameworkId, String contributor, Supplier<IPlanRule> factory) {
		this.id = id;
		this.frameworkId = frameworkId;
		this.contributor = contributor;
		this.factory = factory;
	}

	public String getId() {
		return id;
	}

	public String getFrameworkId() {
		return frameworkId;
	}

	public String getContributor() {
		return contributor;
	}

	/** The rule instance (created once); throws whatever the contributor's class throws. */
	public IPlanRule getRule() {
		IPlanRule r = rule;
		if (r == null) {
			synchronized (this) {
				if (rule == null) {
					rule = factory.get();
				}
				r = rule;
			}
		}
		return r;
	}

	@Override
	public String toString() {
		return id + " (" + contributor + ')';
	}
}
