package org.sujarit.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sujarit.emf.ui.domain.SelectionForwarder;
import org.sujarit.emf.ui.form.ChildTable;
import org.sujarit.emf.ui.form.EditorContribution;
import org.sujarit.emf.ui.form.FeatureForm;
import org.sujarit.emf.ui.form.FieldEditor;
import org.sujarit.emf.ui.form.FormSection;
import org.sujarit.emf.ui.form.TextFieldEditor;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.editor.presentation.PlanEditorPlugin;
import org.sujarit.ui.Messages;

/**
 * The Project page: every field of the selected project on the generated form (Thai labels from the edit bundle,
 * multi-line fields, the target group as a nested group), and its budgets and indicators as editable tables.
 */
public class ProjectPage {

	private final ScrolledComposite scroll;
	private final Composite body;
	private final Label heading;
	private final FeatureForm form;
	private final List<ChildTable> tables = new ArrayList<>();
	private final SelectionForwarder selection = new SelectionForwarder();
	private Project project;

	public ProjectPage(Composite parent, AdapterFactoryEditingDomain domain, Plan plan) {
		EditorContribution contribution = PlanEditorPlugin.contributionFor(PlanPackage.Literals.PROJECT);
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText(Messages.selectProject);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		form = new FeatureForm(body, domain, domain.getAdapterFactory(), contribution);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form.getControl());
		FormSection section = contribution.sectionFor(PlanPackage.Literals.PROJECT);
		for (EReference ref : section.getChildFeatures()) {
			ChildTable table = new ChildTable(body, domain, domain.getAdapterFactory(), contribution, ref);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(table.getControl());
			table.getViewer().getControl().addListener(SWT.FocusIn, e -> selection.setDelegate(table.getViewer()));
			tables.add(table);
		}
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> layout());
		selection.setSelection(StructuredSelection.EMPTY);
	}

	private void layout() {
		int width = scroll.getClientArea().width;
		scroll.setMinSize(body.computeSize(Math.max(width, 600), SWT.DEFAULT));
		body.layout(true, true);
	}

	public void setProject(Project p) {
		project = p;
		heading.setText(p == null ? Messages.selectProject : label(p));
		form.setInput(p);
		tables.forEach(t -> t.setOwner(p));
		if (selection.getDelegate() == null) {
			selection.setSelection(p == null ? StructuredSelection.EMPTY : new StructuredSelection(p));
		}
		layout();
	}

	private static String label(Project p) {
		String name = p.getName() == null ? "" : p.getName();
		return p.getSeq() > 0 ? p.getSeq() + ". " + name : name;
	}

	/** After a reload: the project objects are new. */
	public void setPlan(Plan plan) {
		setProject(null);
	}

	/** Writes a value still being typed (called before save). */
	public void commitPendingEdits() {
		for (FieldEditor e : form.getEditors()) {
			if (e instanceof TextFieldEditor t) {
				t.commit();
			}
		}
	}

	public Project getProject() {
		return project;
	}

	public FeatureForm getForm() {
		return form;
	}

	public List<ChildTable> getTables() {
		return tables;
	}

	public ISelectionProvider getSelectionProvider() {
		return selection;
	}

	public Control getControl() {
		return scroll;
	}

	public void dispose() {
		form.dispose();
		tables.forEach(ChildTable::dispose);
	}
}
