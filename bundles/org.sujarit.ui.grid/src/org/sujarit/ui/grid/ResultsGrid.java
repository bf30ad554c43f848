package org.sujarit.ui.grid;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.RoundKind;
import org.sujarit.ui.grid.internal.Digits;
import org.sujarit.ui.grid.internal.GridStack;
import org.sujarit.ui.grid.internal.GridStyles;
import org.sujarit.ui.grid.internal.MessageLine;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.PlanRow.ProjectRow;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.results.IndicatorData;
import org.sujarit.ui.grid.internal.results.IndicatorTable;
import org.sujarit.ui.grid.internal.results.ResultsConfiguration;
import org.sujarit.ui.grid.internal.results.ResultsData;
import org.sujarit.ui.grid.internal.results.ResultsHeader;
import org.sujarit.ui.grid.internal.results.ResultsSelection;

/**
 * The results page: choose a fiscal year and a round (6 or 12 months) above the grid; per project enter the status
 * (combo with Thai labels), the amount disbursed and a remark; under the grid, the selected project's indicators take
 * their actual values. The counts per status ({@code ResultsRound.countByStatus}) above the grid follow every edit.
 * A round that does not exist yet is created, with a result row per project, by the first entry (one undoable
 * command), so merely looking at a round never dirties the plan.
 */
public class ResultsGrid extends PlanGrid {

	private final ResultsSelection selection;
	private final Combo yearCombo;
	private final Combo roundCombo;
	private final Label counts;
	private final Label indicatorTitle;
	private final IndicatorTable indicators;
	private final PlanRows rows;

	public ResultsGrid(Composite parent, EditingDomain domain, Plan plan) {
		super(parent, domain, plan);
		selection = new ResultsSelection(plan);

		Composite bar = new Composite(root, SWT.NONE);
		GridLayout barLayout = new GridLayout(5, false);
		barLayout.marginHeight = 2;
		bar.setLayout(barLayout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText(Messages.Results_yearLabel);
		yearCombo = new Combo(bar, SWT.READ_ONLY);
		new Label(bar, SWT.NONE).setText(Messages.Results_roundLabel);
		roundCombo = new Combo(bar, SWT.READ_ONLY);
		roundCombo.setItems(Messages.Results_round6, Messages.Results_round12);
		roundCombo.select(1);
		counts = new Label(bar, SWT.NONE);
		counts.setFont(GridStyles.bold(counts.getFont()));
		GridData countsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		countsData.horizontalIndent = 16;
		counts.setLayoutData(countsData);

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		messageLine = new MessageLine(root);
		messageLine.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		rows = new PlanRows(plan, true);
		ResultsData data = new ResultsData(selection, rows, domain, this::execute);
		stack = new GridStack(sash, rows, data, new ResultsHeader(), new ResultsConfiguration.Labels(rows),
				List.of(new ResultsConfiguration(this::isThaiDigits, messageLine)));
		stack.setColumnWidths(520, 120, 190, 130, 300);

		Composite detail = new Composite(sash, SWT.NONE);
		GridLayout detailLayout = new GridLayout(1, false);
		detailLayout.marginWidth = 0;
		detailLayout.marginTop = 4;
		detailLayout.marginHeight = 0;
		detail.setLayout(detailLayout);
		indicatorTitle = new Label(detail, SWT.NONE);
		GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		titleData.horizontalIndent = 3;
		indicatorTitle.setLayoutData(titleData);
		indicators = new IndicatorTable(detail, new IndicatorData(selection, domain, this::execute), this::isThaiDigits,
				messageLine, stack.bodyData.getDefaultRowHeight());
		indicators.getNatTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(3, 1);

		stack.selectionLayer.addLayerListener(event -> {
			if (event instanceof CellSelectionEvent) {
				showIndicatorsOfSelection();
			}
		});
		yearCombo.addListener(SWT.Selection, e -> selectionChanged());
		roundCombo.addListener(SWT.Selection, e -> selectionChanged());
		fillYears();
		showIndicatorsOfSelection();
		finishCreation();
	}

	/** The fiscal year shown. */
	public int getFiscalYear() {
		return selection.year();
	}

	/** The round shown. */
	public RoundKind getRound() {
		return selection.kind();
	}

	/** Shows the results of a fiscal year and round (the combos follow). */
	public void show(int fiscalYear, RoundKind round) {
		int i = plan.getFiscalYears().indexOf(fiscalYear);
		if (i >= 0) {
			yearCombo.select(i);
		}
		roundCombo.select(round == RoundKind.SIX_MONTHS ? 0 : 1);
		selectionChanged();
	}

	/** The counts line above the grid, e.g. "ดำเนินการแล้วเสร็จ 33 · …". */
	public String getCountsText() {
		return counts.getText();
	}

	/** The project whose indicators the detail table shows, or null. */
	public Project getIndicatorProject() {
		return indicators.getData().getProject();
	}

	/** The detail table of indicator results (for hosts and tests). */
	public org.eclipse.nebula.widgets.nattable.NatTable getIndicatorTable() {
		return indicators.getNatTable();
	}

	private void selectionChanged() {
		List<Integer> years = plan.getFiscalYears();
		int i = yearCombo.getSelectionIndex();
		int year = i >= 0 && i < years.size() ? years.get(i) : selection.year();
		selection.set(year, roundCombo.getSelectionIndex() == 0 ? RoundKind.SIX_MONTHS : RoundKind.TWELVE_MONTHS);
		messageLine.clear();
		stack.natTable.refresh(false);
		indicators.refresh();
		refreshHeader();
	}

	private void fillYears() {
		int keep = selection.year();
		yearCombo.removeAll();
		for (Integer y : plan.getFiscalYears()) {
			yearCombo.add(Digits.apply(String.valueOf(y), isThaiDigits()));
		}
		int i = plan.getFiscalYears().indexOf(keep);
		if (yearCombo.getItemCount() > 0) {
			yearCombo.select(i >= 0 ? i : 0);
		}
		selectionChanged();
	}

	private void showIndicatorsOfSelection() {
		int row = stack.anchorRowIndex();
		Project p = rows.isValidIndex(row) && rows.get(row) instanceof ProjectRow pr ? pr.project() : null;
		if (p != indicators.getData().getProject()) {
			indicators.getData().setProject(p);
			indicators.refresh();
		}
		indicatorTitle.setText(p == null ? Messages.Results_indicatorsNone
				: Digits.apply(NLS.bind(Messages.Results_indicatorsTitle, p.getSeq()), isThaiDigits()));
	}

	@Override
	protected void modelChanged(boolean structural) {
		if (structural && yearCombo.getItemCount() != plan.getFiscalYears().size()) {
			fillYears();
		}
		super.modelChanged(structural);
		if (!indicators.getNatTable().isDisposed()) {
			if (indicators.getData().getProject() != null && indicators.getData().getProject().eContainer() == null) {
				indicators.getData().setProject(null); // the project was deleted
			}
			indicators.refresh();
		}
	}

	@Override
	protected void digitStyleChanged() {
		fillYears();
		indicators.refresh();
	}

	@Override
	protected void refreshHeader() {
		if (counts == null || counts.isDisposed()) {
			return;
		}
		ResultsRound round = selection.round();
		String round6or12 = selection.kind() == RoundKind.SIX_MONTHS ? Messages.Results_round6 : Messages.Results_round12;
		String text = round == null ? NLS.bind(Messages.Results_roundMissing, selection.year(), round6or12)
				: NLS.bind(Messages.Results_counts,
						new Object[] { round.countByStatus(ResultStatus.DONE), round.countByStatus(ResultStatus.IN_PROGRESS),
								round.countByStatus(ResultStatus.AWAITING_REPORT),
								round.countByStatus(ResultStatus.CANNOT_DO), round.getResults().size() });
		counts.setText(Digits.apply(text, isThaiDigits()));
		counts.getParent().layout(true);
	}
}
