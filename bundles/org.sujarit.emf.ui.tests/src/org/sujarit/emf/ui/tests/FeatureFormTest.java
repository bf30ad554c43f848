package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.form.ChoiceFieldEditor;
import org.sujarit.emf.ui.form.FeatureForm;
import org.sujarit.emf.ui.form.TextFieldEditor;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.editor.presentation.PlanEditorContribution;

/** The generated form of a project, rendered by the bridge: typing writes commands, undo refreshes the fields. */
class FeatureFormTest {

	private TestPlans t;
	private Shell shell;
	private FeatureForm form;

	@BeforeEach
	void setUp() {
		t = new TestPlans();
		shell = new Shell(Display.getDefault());
		form = new FeatureForm(shell, t.domain, t.domain.getAdapterFactory(), PlanEditorContribution.INSTANCE);
		form.setInput(t.p1);
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	@Test
	void everyGeneratedFieldHasAnEditor() {
		int fields = PlanEditorContribution.INSTANCE.sectionFor(PlanPackage.Literals.PROJECT).getFields().size();
		int targetGroupFields = PlanEditorContribution.INSTANCE.sectionFor(PlanPackage.Literals.TARGET_GROUP).getFields().size();
		// the project has no target group yet: its group shows a create button instead of fields
		assertEquals(fields, form.getEditors().size());
		t.domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(t.domain, t.p1,
				PlanPackage.Literals.PROJECT__TARGET_GROUP, org.sujarit.model.PlanFactory.eINSTANCE.createTargetGroup()));
		form.refresh();
		assertEquals(fields + targetGroupFields, form.getEditors().size());
	}

	@Test
	void typingWritesAnUndoableCommand() {
		TextFieldEditor name = (TextFieldEditor) form.editorFor(PlanPackage.Literals.PROJECT__NAME);
		assertNotNull(name);
		assertEquals("โครงการอบรมคุณธรรม", name.getText().getText());
		name.getText().setText("โครงการใหม่");
		name.getText().notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals("โครงการใหม่", t.p1.getName());
		t.domain.getCommandStack().undo();
		form.refresh();
		assertEquals("โครงการอบรมคุณธรรม", name.getText().getText());
	}

	@Test
	void invalidNumberIsNotWritten() {
		TextFieldEditor seq = (TextFieldEditor) form.editorFor(PlanPackage.Literals.PROJECT__SEQ);
		seq.getText().setText("หนึ่ง");
		seq.commit();
		assertEquals(1, t.p1.getSeq());
		assertTrue(seq.getText().getToolTipText() != null && seq.getText().getToolTipText().contains("หนึ่ง"));
		seq.getText().setText("๔");
		seq.commit();
		assertEquals(4, t.p1.getSeq());
	}

	@Test
	void enumComboWritesTheLiteral() {
		ChoiceFieldEditor kind = (ChoiceFieldEditor) form.editorFor(PlanPackage.Literals.PROJECT__KIND);
		int measure = ProjectKind.VALUES.indexOf(ProjectKind.MEASURE);
		kind.getCombo().select(measure);
		kind.getCombo().notifyListeners(SWT.Selection, new Event());
		assertEquals(ProjectKind.MEASURE, t.p1.getKind());
	}
}
