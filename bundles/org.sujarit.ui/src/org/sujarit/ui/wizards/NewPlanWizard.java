package org.sujarit.ui.wizards;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.emf.ui.properties.DataTypeConverter;
import org.sujarit.model.OrganizationKind;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanPackage;
import org.sujarit.ui.Messages;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;
import org.sujarit.model.io.PlanResources;

/** New plan: where, which organization, which fiscal years and budget → a saved plan opened in the editor. */
public class NewPlanWizard extends Wizard {

	private final IWorkbenchWindow window;
	private SettingsPage page;
	private Path created;

	public NewPlanWizard(IWorkbenchWindow window) {
		this.window = window;
		setWindowTitle(Messages.newPlanTitle);
	}

	@Override
	public void addPages() {
		page = new SettingsPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		NewPlanSettings s = page.settings();
		try {
			Plan plan = PlanSkeleton.create(s);
			Files.createDirectories(s.file().toAbsolutePath().getParent());
			PlanResources.save(plan, s.file());
			created = s.file();
			if (window != null) {
				window.getActivePage().openEditor(new PlanEditorInput(s.file()), PlanEditor.ID);
			}
			return true;
		} catch (IOException | IllegalArgumentException | PartInitException e) {
			page.setErrorMessage(NLS.bind(Messages.newPlanFailed, e.getMessage()));
			return false;
		}
	}

	/** The file written by the last successful finish. */
	public Path getCreated() {
		return created;
	}

	public SettingsPage getSettingsPage() {
		return page;
	}

	/** The one page of the wizard. */
	public static final class SettingsPage extends WizardPage {
		private Text folder, fileName, orgName, shortName, province, firstYear, lastYear, budget;
		private Combo kind, framework;
		private List<FrameworkDescriptor> frameworks = List.of();
		private final OrganizationKind[] kinds = OrganizationKind.VALUES.toArray(OrganizationKind[]::new);

		SettingsPage() {
			super("settings");
			setTitle(Messages.newPlanTitle);
			setDescription(Messages.newPlanDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(c);
			folder = text(c, Messages.wizardFolder, defaultFolder().toString());
			fileName = text(c, Messages.wizardFileName, "plan.sujarit");
			orgName = text(c, Messages.wizardOrganization, "");
			shortName = text(c, Messages.wizardShortName, "");
			kind = combo(c, Messages.wizardKind, kindLabels());
			province = text(c, Messages.wizardProvince, "");
			firstYear = text(c, Messages.wizardFirstYear, "");
			lastYear = text(c, Messages.wizardLastYear, "");
			budget = text(c, Messages.wizardBudget, "");
			frameworks = FrameworkRegistry.getDefault().getFrameworks();
			String[] names = new String[frameworks.size() + 1];
			for (int i = 0; i < frameworks.size(); i++) {
				FrameworkDescriptor f = frameworks.get(i);
				names[i] = (Locale.getDefault().getLanguage().equals("th") || f.getNameEn() == null ? f.getName() : f.getNameEn())
						+ " (" + f.getFirstYear() + "-" + f.getLastYear() + ")";
			}
			names[frameworks.size()] = Messages.wizardNoFramework;
			framework = combo(c, Messages.wizardFramework, names);
			framework.addListener(SWT.Selection, e -> frameworkChosen());
			setControl(c);
			frameworkChosen();
			validate();
		}

		/** A framework proposes its fiscal years. */
		private void frameworkChosen() {
			FrameworkDescriptor f = chosenFramework();
			if (f != null) {
				firstYear.setText(String.valueOf(f.getFirstYear()));
				lastYear.setText(String.valueOf(f.getLastYear()));
			}
		}

		private FrameworkDescriptor chosenFramework() {
			int i = framework.getSelectionIndex();
			return i >= 0 && i < frameworks.size() ? frameworks.get(i) : null;
		}

		private static Path defaultFolder() {
			String root = System.getProperty("sujarit.root");
			return root != null && Files.isDirectory(Path.of(root, "samples")) ? Path.of(root, "samples")
					: Path.of(System.getProperty("user.home"));
		}

		private String[] kindLabels() {
			ComposedAdapterFactory af = EditingDomains.registeredAdapterFactory();
			try {
				Object probe = PlanFactory.eINSTANCE.createOrganization();
				org.eclipse.emf.edit.provider.IItemPropertySource ps = (org.eclipse.emf.edit.provider.IItemPropertySource) af
						.adapt(probe, org.eclipse.emf.edit.provider.IItemPropertySource.class);
				var d = ps == null ? null : ps.getPropertyDescriptor(probe, PlanPackage.Literals.ORGANIZATION__KIND);
				String[] labels = new String[kinds.length];
				for (int i = 0; i < kinds.length; i++) {
					labels[i] = d == null ? kinds[i].getName() : d.getLabelProvider(probe).getText(kinds[i]);
				}
				return labels;
			} finally {
				af.dispose();
			}
		}

		private Text text(Composite c, String label, String value) {
			new Label(c, SWT.NONE).setText(label);
			Text t = new Text(c, SWT.BORDER);
			t.setText(value);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
			t.addModifyListener(e -> validate());
			return t;
		}

		private Combo combo(Composite c, String label, String[] items) {
			new Label(c, SWT.NONE).setText(label);
			Combo combo = new Combo(c, SWT.READ_ONLY);
			combo.setItems(items);
			combo.select(0);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			return combo;
		}

		private Integer year(Text t) {
			try {
				Object v = DataTypeConverter.fromText(org.eclipse.emf.ecore.EcorePackage.Literals.EINTEGER_OBJECT, t.getText());
				return (Integer) v;
			} catch (IllegalArgumentException e) {
				return null;
			}
		}

		private void validate() {
			if (budget == null) {
				return;
			}
			String error = null;
			Integer first = year(firstYear), last = year(lastYear);
			if (orgName.getText().isBlank()) {
				error = Messages.wizardNeedOrganization;
			} else if (first == null || last == null || first < 2500 || last < 2500) {
				error = Messages.wizardNeedYears;
			} else if (first > last) {
				error = NLS.bind(Messages.yearsReversed, first, last);
			} else if (!budget.getText().isBlank() && DataTypeConverter.check(
					org.eclipse.emf.ecore.EcorePackage.Literals.EBIG_DECIMAL, budget.getText()) != null) {
				error = DataTypeConverter.check(org.eclipse.emf.ecore.EcorePackage.Literals.EBIG_DECIMAL, budget.getText());
			} else if (!fileName.getText().endsWith(".sujarit")) {
				error = Messages.wizardNeedExtension;
			} else if (Files.exists(Path.of(folder.getText(), fileName.getText()))) {
				error = NLS.bind(Messages.wizardFileExists, fileName.getText());
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		public int frameworkCount() {
			return frameworks.size();
		}

		NewPlanSettings settings() {
			BigDecimal b = budget.getText().isBlank() ? null
					: (BigDecimal) DataTypeConverter.fromText(org.eclipse.emf.ecore.EcorePackage.Literals.EBIG_DECIMAL, budget.getText());
			return new NewPlanSettings(Path.of(folder.getText(), fileName.getText()), orgName.getText().strip(),
					shortName.getText().strip(), kinds[Math.max(0, kind.getSelectionIndex())], province.getText().strip(),
					year(firstYear), year(lastYear), b, chosenFramework());
		}

		/** For UI tests: fills the page as a user would type. */
		public void fill(String dir, String file, String org, int kindIndex, String first, String last, String budgetText) {
			fill(dir, file, org, kindIndex, first, last, budgetText, frameworks.size());
		}

		/** As {@link #fill}, choosing the framework at {@code frameworkIndex} ({@link #frameworkCount()} = none). */
		public void fill(String dir, String file, String org, int kindIndex, String first, String last, String budgetText,
				int frameworkIndex) {
			framework.select(frameworkIndex);
			folder.setText(dir);
			fileName.setText(file);
			orgName.setText(org);
			kind.select(kindIndex);
			firstYear.setText(first);
			lastYear.setText(last);
			budget.setText(budgetText);
		}
	}
}
