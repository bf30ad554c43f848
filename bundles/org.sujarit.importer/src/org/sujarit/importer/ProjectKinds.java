package org.sujarit.importer;

import org.sujarit.model.ProjectKind;

/** The Thai kind words โครงการ / กิจกรรม / มาตรการ. */
final class ProjectKinds {

	private ProjectKinds() {
	}

	/** The kind named by exactly this word, or null. */
	static ProjectKind of(String word) {
		if (word == null) {
			return null;
		}
		return switch (word.strip()) {
		case "โครงการ" -> ProjectKind.PROJECT;
		case "กิจกรรม" -> ProjectKind.ACTIVITY;
		case "มาตรการ" -> ProjectKind.MEASURE;
		default -> null;
		};
	}

	/** The kind a project name starts with ("กิจกรรมจัดทำ…" → activity), or null. */
	static ProjectKind ofName(String name) {
		if (name == null) {
			return null;
		}
		String n = name.strip();
		for (String word : new String[] { "โครงการ", "กิจกรรม", "มาตรการ" }) {
			if (n.startsWith(word)) {
				return of(word);
			}
		}
		return null;
	}
}
