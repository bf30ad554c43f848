package org.sujarit.core.problem;

import org.sujarit.core.nls.MessageCatalog;

/** The problems of the core bundle: why a file or folder could not be written. */
public enum CoreProblem implements ProblemCode {
	/** {0} target: an existing file without write permission (refused unless told to overwrite). */
	WRITE_READ_ONLY("io.write.readOnly"),
	/** {0} target, {1} folder: the folder does not let us create a file. */
	WRITE_FOLDER_READ_ONLY("io.write.folderReadOnly"),
	/** {0} target, {1} the missing folder. */
	WRITE_PARENT_MISSING("io.write.parentMissing"),
	/** {0} target, {1} the file that stands where a folder should be. */
	WRITE_PARENT_NOT_FOLDER("io.write.parentNotFolder"),
	/** {0} target: a folder stands where the file should be written. */
	WRITE_TARGET_IS_FOLDER("io.write.targetIsFolder"),
	/** {0} target: a file stands where a folder (a site) should be written. */
	WRITE_TARGET_NOT_FOLDER("io.write.targetNotFolder"),
	/** {0} target: no space left on the device (or the quota is exhausted). */
	WRITE_DISK_FULL("io.write.diskFull"),
	/** {0} target, {1} the reason given by the system. */
	WRITE_FAILED("io.write.failed");

	private static final MessageCatalog CATALOG = MessageCatalog.of(CoreProblem.class,
			"org.sujarit.core.problem.messages");

	private final String id;

	CoreProblem(String id) {
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
