package org.sujarit.ui.reports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sujarit.model.Plan;
import org.sujarit.model.RoundKind;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;

/** Reports menu: which table, year, round and digits; Preview or Export. */
public class ReportDialog extends TitleAreaDialog {

	public static final int PREVIEW = IDialogConstants.CLIENT_ID + 1;
	public static final int EXPORT = IDialogConstants.CLIENT_ID + 2;

	private static final ReportTable[] TABLES = ReportTable.values();
	private final Plan plan;
	private final List<Integer> years = new ArrayList<>();
	private Combo table, year, round, digits;
	private ReportRequest request;

	public ReportDialog(Shell parent, Plan plan) {
		super(parent);
		this.plan = plan;
		years.addAll(plan.getFiscalYears());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.dialogTitle);
		setMessage(Messages.dialogMessage);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		table = combo(c, Messages.table, new String[] { Messages.tableSummary, Messages.tableAnnual, Messages.tableResults,
				Messages.tableSheets });
		String[] yearItems = new String[years.size() + 1];
		yearItems[0] = Messages.yearDefault;
		for (int i = 0; i < years.size(); i++) {
			yearItems[i + 1] = String.valueOf(years.get(i));
		}
		year = combo(c, Messages.year, yearItems);
		round = combo(c, Messages.round, new String[] { Messages.round12, Messages.round6 });
		digits = combo(c, Messages.digits, new String[] { Messages.digitsThai, Messages.digitsArabic });
		table.addListener(SWT.Selection, e -> update());
		update();
		return area;
	}

	private static Combo combo(Composite c, String label, String[] items) {
		new Label(c, SWT.NONE).setText(label);
		Combo combo = new Combo(c, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** Year and round only matter for some tables. */
	private void update() {
		ReportTable t = TABLES[table.getSelectionIndex()];
		year.setEnabled(t == ReportTable.ANNUAL || t == ReportTable.RESULTS);
		round.setEnabled(t == ReportTable.RESULTS);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, PREVIEW, Messages.preview, true);
		createButton(parent, EXPORT, Messages.export, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == PREVIEW || id == EXPORT) {
			request = build(ReportFormat.PDF);
			setReturnCode(id);
			close();
		} else {
			super.buttonPressed(id);
		}
	}

	private ReportRequest build(ReportFormat format) {
		ReportTable t = TABLES[table.getSelectionIndex()];
		Integer y = year.isEnabled() && year.getSelectionIndex() > 0 ? years.get(year.getSelectionIndex() - 1) : null;
		RoundKind r = round.isEnabled() ? (round.getSelectionIndex() == 0 ? RoundKind.TWELVE_MONTHS : RoundKind.SIX_MONTHS) : null;
		DigitStyle d = digits.getSelectionIndex() == 0 ? DigitStyle.THAI : DigitStyle.ARABIC;
		return new ReportRequest(t, y, r, d, format);
	}

	/** The chosen request (format PDF; the export picks its format from the file name). */
	public ReportRequest getRequest() {
		return request;
	}

	/** For tests: choose as a user would. */
	public void choose(int tableIndex, int yearIndex, int roundIndex, int digitsIndex) {
		table.select(tableIndex);
		update();
		year.select(yearIndex);
		round.select(roundIndex);
		digits.select(digitsIndex);
	}
}
