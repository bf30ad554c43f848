package org.sujarit.ui.grid.internal;

import org.eclipse.osgi.util.NLS;
import org.sujarit.model.Dimension;
import org.sujarit.model.Plan;
import org.sujarit.model.ProjectContainer;
import org.sujarit.ui.grid.internal.PlanRow.GroupRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRow.TotalRow;

/** The text of a row's name cell: "มิติที่ 1 …", "1.1 …", "3) …", "รวมทั้งสิ้น (37 โครงการ)". */
public final class RowText {

	private RowText() {
	}

	public static String of(Plan plan, PlanRow row) {
		return switch (row) {
		case GroupRow g -> group(g.container());
		case ProjectRow p -> {
			String text = NLS.bind(Messages.Row_project, p.project().getSeq(), nonNull(p.project().getName())).trim();
			yield p.readOnly() ? NLS.bind(Messages.Row_unknownProject, text, p.missingPackage()) : text;
		}
		case TotalRow t -> NLS.bind(Messages.Row_grandTotal, plan.projectCount());
		};
	}

	private static String group(ProjectContainer c) {
		String text = c instanceof Dimension d
				? NLS.bind(Messages.Row_dimension, nonNull(d.getCode()), nonNull(d.getName()))
				: NLS.bind(Messages.Row_mission, nonNull(c.getCode()), nonNull(c.getName()));
		// trimmed: a dimension imported without a name must not leave a double space before the count
		return NLS.bind(Messages.Row_groupWithCount, text.trim(), c.projectCount());
	}

	private static String nonNull(String s) {
		return s == null ? "" : s.trim(); //$NON-NLS-1$
	}
}
