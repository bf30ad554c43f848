package org.sujarit.emf.ui.form;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * Renders the generated {@link FormSection} of an object as label/field rows, with nested single-valued
 * containments as groups. It follows the model: any change (typing here, undo, the Properties view) refreshes the
 * fields. Labels are the item providers' localized property names.
 */
public class FeatureForm {

	private final Composite body;
	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final EditorContribution contribution;
	private final List<FieldEditor> editors = new ArrayList<>();
	private final List<EObject> observed = new ArrayList<>();
	private EObject input;
	private boolean refreshScheduled;

	private final AdapterImpl observer = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (msg.isTouch()) {
				return;
			}
			boolean structural = msg.getFeature() instanceof EReference r && r.isContainment() && !r.isMany();
			scheduleRefresh(structural);
		}
	};

	public FeatureForm(Composite parent, EditingDomain domain, AdapterFactory adapterFactory, EditorContribution contribution) {
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.contribution = contribution;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(10, 6).applyTo(body);
	}

	public Control getControl() {
		return body;
	}

	public EObject getInput() {
		return input;
	}

	public List<FieldEditor> getEditors() {
		return editors;
	}

	/** The editor of a feature of the input (or of a nested object), or null. */
	public FieldEditor editorFor(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return editors.stream().filter(e -> e.getFeature() == feature).findFirst().orElse(null);
	}

	public void setInput(EObject object) {
		if (object == input) {
			return;
		}
		input = object;
		rebuild();
	}

	private void rebuild() {
		unobserve();
		editors.clear();
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		if (input != null) {
			build(body, input);
		}
		body.layout(true, true);
		if (body.getParent() != null) {
			body.getParent().layout(true, true);
		}
	}

	private void build(Composite parent, EObject object) {
		FormSection section = sectionFor(object);
		if (section.getFields().isEmpty() && section.getNestedFeatures().isEmpty()) {
			return;
		}
		object.eAdapters().add(observer);
		observed.add(object);
		for (FeatureField field : section.getFields()) {
			IItemPropertyDescriptor d = PropertyDescriptors.find(adapterFactory, object, field.feature());
			Label label = new Label(parent, SWT.NONE);
			label.setText(d == null ? field.feature().getName() : d.getDisplayName(object));
			if (d != null && d.getDescription(object) != null) {
				label.setToolTipText(d.getDescription(object));
			}
			boolean tall = field.kind() == FieldKind.MULTI_LINE || field.kind() == FieldKind.LINES;
			GridDataFactory.fillDefaults().align(SWT.FILL, tall ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
			editors.add(create(parent, object, field, d));
		}
		for (EReference nested : section.getNestedFeatures()) {
			Group group = new Group(parent, SWT.NONE);
			group.setText(PropertyDescriptors.label(adapterFactory, object, nested));
			GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(group);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
			EObject value = (EObject) object.eGet(nested);
			if (value != null) {
				build(group, value);
			} else {
				Button create = new Button(group, SWT.PUSH);
				create.setText("+ " + group.getText());
				create.setEnabled(nested.getEReferenceType() instanceof EClass c && !c.isAbstract());
				create.addListener(SWT.Selection, e -> domain.getCommandStack().execute(
						SetCommand.create(domain, object, nested, EcoreUtil.create(nested.getEReferenceType()))));
			}
		}
	}

	/**
	 * The generated section of the object's class; for a class without one (a plug-in's subclass, a class of another
	 * package) a section built from its item property descriptors on top of the nearest superclass's section, so that
	 * the class's own attributes appear on the form, not only in the Properties view.
	 */
	public FormSection sectionFor(EObject object) {
		FormSection generated = contribution.sectionFor(object.eClass());
		if (generated != null && generated.getEClass() == object.eClass()) {
			return generated;
		}
		return derived.computeIfAbsent(object.eClass(), c -> DescriptorFormSection.derive(adapterFactory, object, generated));
	}

	private final java.util.Map<EClass, FormSection> derived = new java.util.HashMap<>();

	private FieldEditor create(Composite parent, EObject object, FeatureField field, IItemPropertyDescriptor d) {
		return switch (field.kind()) {
		case BOOLEAN -> new CheckFieldEditor(parent, domain, object, field.feature(), d);
		case CHOICE -> new ChoiceFieldEditor(parent, domain, object, field.feature(), d);
		case MULTI_CHOICE -> new MultiChoiceFieldEditor(parent, domain, object, field.feature(), d);
		default -> new TextFieldEditor(parent, domain, object, field.feature(), d, field.kind());
		};
	}

	private void scheduleRefresh(boolean structural) {
		if (body.isDisposed()) {
			return;
		}
		if (structural) {
			rebuildPending = true;
		}
		if (!refreshScheduled) {
			refreshScheduled = true;
			body.getDisplay().asyncExec(this::refresh);
		}
	}

	private boolean rebuildPending;

	/** Shows the model's current values (public for tests). */
	public void refresh() {
		refreshScheduled = false;
		if (body.isDisposed()) {
			return;
		}
		if (input != null && input.eResource() == null && input.eContainer() == null) {
			input = null; // deleted
			rebuildPending = true;
		}
		if (rebuildPending) {
			rebuildPending = false;
			rebuild();
			return;
		}
		editors.forEach(FieldEditor::refresh);
	}

	private void unobserve() {
		for (EObject o : observed) {
			o.eAdapters().remove(observer);
		}
		observed.clear();
	}

	public void dispose() {
		unobserve();
		body.dispose();
	}
}
