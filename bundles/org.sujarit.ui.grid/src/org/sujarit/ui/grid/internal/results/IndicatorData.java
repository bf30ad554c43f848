package org.sujarit.ui.grid.internal.results;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.IndicatorResult;
import org.sujarit.model.PlanPackage;
import org.sujarit.ui.grid.internal.Editability;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.ResultsRound;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.Money;

/**
 * The indicators of one project with their results in the selected round: kind, text, target (read-only), actual
 * value and note (editable through {@link ResultsCommands#setIndicator}).
 */
public final class IndicatorData implements IDataProvider {

	public static final int KIND = 0, TEXT = 1, TARGET = 2, ACTUAL = 3, NOTE = 4;

	private final ResultsSelection selection;
	private final EditingDomain domain;
	private final Consumer<Command> executor;
	private Project project;

	public IndicatorData(ResultsSelection selection, EditingDomain domain, Consumer<Command> executor) {
		this.selection = selection;
		this.domain = domain;
		this.executor = executor;
	}

	public void setProject(Project project) {
		this.project = project;
	}

	public Project getProject() {
		return project;
	}

	private List<Indicator> indicators() {
		return project == null ? List.of() : project.getIndicators();
	}

	@Override
	public Object getDataValue(int column, int row) {
		List<Indicator> list = indicators();
		if (row < 0 || row >= list.size()) {
			return null;
		}
		Indicator i = list.get(row);
		switch (column) {
		case KIND:
			return i.getKind() == IndicatorKind.OUTCOME ? Messages.Results_outcome : Messages.Results_output;
		case TEXT:
			return i.getText();
		case TARGET:
			return i.getTargetValue() == null ? "" //$NON-NLS-1$
					: Money.format(i.getTargetValue()) + (i.getTargetUnit() == null ? "" : " " + i.getTargetUnit()); //$NON-NLS-1$ //$NON-NLS-2$
		default:
			IndicatorResult ir = result(i);
			EStructuralFeature f = feature(column);
			return ir == null || f == null ? null : ir.eGet(f);
		}
	}

	private IndicatorResult result(Indicator i) {
		ResultsRound round = selection.round();
		ProjectResult pr = round == null ? null : round.resultFor(project);
		return ResultsCommands.findIndicatorResult(pr, i);
	}

	private static EStructuralFeature feature(int column) {
		return switch (column) {
		case ACTUAL -> PlanPackage.Literals.INDICATOR_RESULT__ACTUAL_VALUE;
		case NOTE -> PlanPackage.Literals.INDICATOR_RESULT__NOTE;
		default -> null;
		};
	}

	/** False for a project of a plug-in that is not installed: its results are shown, not edited. */
	public boolean isEditable() {
		return project == null || Editability.canEdit(project);
	}

	@Override
	public void setDataValue(int column, int row, Object newValue) {
		if (!isEditable()) {
			return;
		}
		List<Indicator> list = indicators();
		EStructuralFeature f = feature(column);
		if (f == null || row < 0 || row >= list.size()) {
			return;
		}
		Object value = newValue instanceof String s && s.isBlank() ? null : newValue;
		Command c = ResultsCommands.setIndicator(domain, selection.plan(), selection.year(), selection.kind(), project,
				list.get(row), f, value);
		if (c != null) {
			executor.accept(c);
		}
	}

	@Override
	public int getColumnCount() {
		return 5;
	}

	@Override
	public int getRowCount() {
		return indicators().size();
	}
}
