package org.sujarit.ui.grid;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sujarit.model.Plan;
import org.sujarit.ui.grid.internal.Digits;
import org.sujarit.ui.grid.internal.GridStack;
import org.sujarit.ui.grid.internal.MessageLine;
import org.sujarit.ui.grid.internal.Messages;
import org.sujarit.ui.grid.internal.PlanRows;
import org.sujarit.ui.grid.internal.schedule.ScheduleConfiguration;
import org.sujarit.ui.grid.internal.schedule.ScheduleData;
import org.sujarit.ui.grid.internal.schedule.ScheduleHeader;

/**
 * The schedule page: projects (grouped like the budget page) × quarters 1-4 as check boxes, the responsible unit,
 * and the number of projects per quarter ({@code Plan.countInQuarter}) in the last row. The model keeps quarters per
 * project, valid for every fiscal year of the plan; the fiscal year chosen above the grid only dates the quarters
 * (Q1 = October-December of the previous calendar year). Each tick is an EMF command.
 */
public class ScheduleGrid extends PlanGrid {

	private final Combo yearCombo;
	private final Label caption;

	public ScheduleGrid(Composite parent, EditingDomain domain, Plan plan) {
		super(parent, domain, plan);
		Label hint = new Label(root, SWT.WRAP);
		hint.setText(Messages.Schedule_hint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite bar = new Composite(root, SWT.NONE);
		GridLayout barLayout = new GridLayout(3, false);
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText(Messages.Schedule_yearLabel);
		yearCombo = new Combo(bar, SWT.READ_ONLY);
		caption = new Label(bar, SWT.NONE);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		yearCombo.addListener(SWT.Selection, e -> refreshHeader());

		PlanRows rows = new PlanRows(plan, true);
		ScheduleData data = new ScheduleData(plan, rows, domain, this::execute);
		stack = new GridStack(root, rows, data, new ScheduleHeader(this::isThaiDigits),
				new ScheduleConfiguration.Labels(rows), List.of(new ScheduleConfiguration(this::isThaiDigits)));
		messageLine = new MessageLine(root);
		messageLine.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		stack.setColumnWidths(560, 90, 90, 90, 90, 200);
		fillYears();
		finishCreation();
	}

	/** The fiscal year the header dates the quarters for. */
	public int getFiscalYear() {
		int i = yearCombo.getSelectionIndex();
		List<Integer> years = plan.getFiscalYears();
		return i >= 0 && i < years.size() ? years.get(i) : -1;
	}

	/** Chooses the fiscal year whose months the caption shows. */
	public void setFiscalYear(int year) {
		int i = plan.getFiscalYears().indexOf(year);
		if (i >= 0) {
			yearCombo.select(i);
			refreshHeader();
		}
	}

	private void fillYears() {
		int keep = getFiscalYear();
		yearCombo.removeAll();
		for (Integer y : plan.getFiscalYears()) {
			yearCombo.add(Digits.apply(String.valueOf(y), isThaiDigits()));
		}
		int i = plan.getFiscalYears().indexOf(keep);
		if (yearCombo.getItemCount() > 0) {
			yearCombo.select(i >= 0 ? i : 0);
		}
		refreshHeader();
	}

	@Override
	protected void modelChanged(boolean structural) {
		if (structural && yearCombo.getItemCount() != plan.getFiscalYears().size()) {
			fillYears();
		}
		super.modelChanged(structural);
	}

	@Override
	protected void digitStyleChanged() {
		fillYears();
	}

	/** The caption above the grid, e.g. which months each quarter covers in the chosen year. */
	public String getCaption() {
		return caption.getText();
	}

	@Override
	protected void refreshHeader() {
		if (caption == null || caption.isDisposed()) {
			return;
		}
		int year = getFiscalYear();
		caption.setText(year < 0 ? "" //$NON-NLS-1$
				: Digits.apply(NLS.bind(Messages.Schedule_caption,
						new Object[] { String.valueOf(year), String.valueOf(year - 1), String.valueOf(year) }),
						isThaiDigits()));
		caption.getParent().layout(true);
	}
}
