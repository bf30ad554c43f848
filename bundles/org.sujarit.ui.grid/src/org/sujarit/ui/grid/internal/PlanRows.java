package org.sujarit.ui.grid.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.tree.ITreeData;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.ui.grid.internal.PlanRow.GroupRow;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRow.TotalRow;

/**
 * The rows of a plan grid in document order (dimension, its own projects, each mission with the projects of the
 * mission and its sub-missions, ..., grand total) and their tree structure for NatTable's {@code TreeLayer}: a row's
 * children are the following rows that are deeper than it.
 */
public final class PlanRows implements ITreeData<PlanRow> {

	private final Plan plan;
	private final boolean withTotal;
	private final List<PlanRow> rows = new ArrayList<>();

	public PlanRows(Plan plan, boolean withTotal) {
		this.plan = plan;
		this.withTotal = withTotal;
		rebuild();
	}

	/** Re-reads the plan's structure (after projects or groups were added, moved or removed). */
	public void rebuild() {
		rows.clear();
		for (Dimension d : plan.getDimensions()) {
			rows.add(new GroupRow(d, 0));
			for (Project p : d.getProjects()) {
				rows.add(new ProjectRow(p, 1));
			}
			for (Mission m : d.getMissions()) {
				rows.add(new GroupRow(m, 1));
				for (Project p : m.getAllProjects()) {
					rows.add(new ProjectRow(p, 2));
				}
			}
		}
		if (withTotal) {
			rows.add(new TotalRow());
		}
	}

	public List<PlanRow> rows() {
		return Collections.unmodifiableList(rows);
	}

	public PlanRow get(int index) {
		return rows.get(index);
	}

	public int size() {
		return rows.size();
	}

	/** Index of the row of a project, or -1. */
	public int indexOfProject(Project project) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) instanceof ProjectRow r && r.project() == project) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getDepthOfData(PlanRow object) {
		return object.depth();
	}

	@Override
	public int getDepthOfData(int index) {
		return rows.get(index).depth();
	}

	@Override
	public PlanRow getDataAtIndex(int index) {
		return isValidIndex(index) ? rows.get(index) : null;
	}

	@Override
	public int indexOf(PlanRow child) {
		return rows.indexOf(child);
	}

	@Override
	public boolean hasChildren(PlanRow object) {
		return hasChildren(indexOf(object));
	}

	@Override
	public boolean hasChildren(int index) {
		return isValidIndex(index) && isValidIndex(index + 1) && !(rows.get(index) instanceof TotalRow)
				&& rows.get(index + 1).depth() > rows.get(index).depth();
	}

	@Override
	public List<PlanRow> getChildren(PlanRow object) {
		return getChildren(object, false);
	}

	@Override
	public List<PlanRow> getChildren(PlanRow object, boolean fullDepth) {
		int index = indexOf(object);
		List<PlanRow> result = new ArrayList<>();
		if (index < 0 || object instanceof TotalRow) {
			return result;
		}
		int depth = object.depth();
		for (int i = index + 1; i < rows.size(); i++) {
			PlanRow r = rows.get(i);
			if (r.depth() <= depth || r instanceof TotalRow) {
				break;
			}
			if (fullDepth || r.depth() == depth + 1) {
				result.add(r);
			}
		}
		return result;
	}

	@Override
	public List<PlanRow> getChildren(int index) {
		return isValidIndex(index) ? getChildren(rows.get(index)) : new ArrayList<>();
	}

	@Override
	public int getElementCount() {
		return rows.size();
	}

	@Override
	public boolean isValidIndex(int index) {
		return index >= 0 && index < rows.size();
	}
}
