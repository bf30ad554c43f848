package org.sujarit.publish;

import org.sujarit.core.nls.MessageCatalog;
import org.sujarit.core.problem.ProblemCode;

/** Why a site could not be published; the id is the key in messages.properties. */
public enum PublishProblem implements ProblemCode {
	/** {0} output folder: a file stands there. */
	OUT_IS_FILE("publish.out.isFile"),
	/** {0} output folder: not empty and no Sujarit site. */
	OUT_NOT_SITE("publish.out.notSite"),
	/** {0} output folder: its parent does not exist. */
	OUT_PARENT_MISSING("publish.out.parentMissing"),
	NO_PLANS("publish.noPlans"),
	/** {0} output folder, {1} reason. */
	WRITE_FAILED("publish.writeFailed"),
	/** {0} document, {1} reason. */
	REPORT_FAILED("publish.reportFailed"),
	CANCELLED("publish.cancelled");

	static final MessageCatalog CATALOG = MessageCatalog.of(PublishProblem.class, "org.sujarit.publish.messages");

	private final String id;

	PublishProblem(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public MessageCatalog catalog() {
		return CATALOG;
	}
}
