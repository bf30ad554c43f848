package org.sujarit.ui.catalogue;

import java.util.Locale;

import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.model.ProjectContainer;
import org.sujarit.model.ProjectKind;

/** Texts shown for catalogue entries: Thai names under a Thai locale, English ones (when there are) otherwise. */
final class CatalogueLabels {

	private CatalogueLabels() {
	}

	static boolean thai() {
		return "th".equals(Locale.getDefault().getLanguage());
	}

	static String pick(String th, String en) {
		return thai() || en == null || en.isBlank() ? (th == null ? "" : th) : en;
	}

	static String name(CatalogueEntry e) {
		return pick(e.name(), e.nameEn());
	}

	static String name(FrameworkDescriptor f) {
		return pick(f.getName(), f.getNameEn());
	}

	static String name(ProjectContainer c) {
		return pick(c.getName(), c.getNameEn());
	}

	static String kind(ProjectKind kind) {
		if (kind == null) {
			return "";
		}
		return switch (kind) {
		case PROJECT -> Messages.kindProject;
		case ACTIVITY -> Messages.kindActivity;
		case MEASURE -> Messages.kindMeasure;
		};
	}
}
