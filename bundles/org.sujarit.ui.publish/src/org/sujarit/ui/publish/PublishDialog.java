package org.sujarit.ui.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.sujarit.publish.PublishException;
import org.sujarit.publish.SitePublisher;

/** Which open plans go on the site, and its folder (remembered). A folder that would be refused is said here. */
public class PublishDialog extends TitleAreaDialog {
	private static final String FOLDER_KEY = "folder";

	private final List<String> plans;
	private final String active;
	private Table table;
	private Text folder;
	private final List<String> chosen = new ArrayList<>();
	private Path target;

	public PublishDialog(Shell parent, List<String> plans, String active) {
		super(parent);
		this.plans = plans;
		this.active = active;
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
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		Label l = new Label(c, SWT.NONE);
		l.setText(Messages.plans);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		table = new Table(c, SWT.CHECK | SWT.BORDER);
		for (String p : plans) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(p);
			item.setChecked(active == null || p.equals(active) || plans.size() <= 2);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(360, 90).applyTo(table);
		new Label(c, SWT.NONE).setText(Messages.folder);
		folder = new Text(c, SWT.BORDER);
		String last = settings().get(FOLDER_KEY);
		folder.setText(last == null ? "" : last);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog d = new DirectoryDialog(getShell(), SWT.SAVE);
			d.setText(Messages.folderDialog);
			d.setFilterPath(folder.getText());
			String f = d.open();
			if (f != null) {
				folder.setText(f);
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(OK).setText(Messages.publish);
	}

	@Override
	protected void okPressed() {
		chosen.clear();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				chosen.add(item.getText());
			}
		}
		if (chosen.isEmpty()) {
			setErrorMessage(Messages.noPlan);
			return;
		}
		if (folder.getText().isBlank()) {
			setErrorMessage(Messages.noFolder);
			return;
		}
		target = Path.of(folder.getText().trim());
		try {
			SitePublisher.checkTarget(target);
		} catch (PublishException e) {
			setErrorMessage(e.getMessage(Locale.getDefault()));
			return;
		}
		settings().put(FOLDER_KEY, folder.getText().trim());
		super.okPressed();
	}

	private static IDialogSettings settings() {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(
				org.osgi.framework.FrameworkUtil.getBundle(PublishDialog.class)).getDialogSettings();
		IDialogSettings s = root.getSection("publish");
		return s == null ? root.addNewSection("publish") : s;
	}

	public List<String> getChosen() {
		return chosen;
	}

	public Path getFolder() {
		return target;
	}
}
