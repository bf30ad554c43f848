package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.properties.ChoiceCellEditor;
import org.sujarit.emf.ui.properties.DataTypeCellEditor;
import org.sujarit.emf.ui.properties.ItemPropertySourceProvider;
import org.sujarit.emf.ui.properties.MultiLineTextCellEditor;
import org.sujarit.emf.ui.properties.ValueListCellEditor;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.ProjectKind;

/** The Properties view side of the bridge on the real plan item providers. */
class PropertySourceTest {

	private TestPlans t;
	private Shell shell;
	private ItemPropertySourceProvider provider;

	@BeforeEach
	void setUp() {
		t = new TestPlans();
		shell = new Shell(Display.getDefault());
		provider = new ItemPropertySourceProvider(t.domain.getAdapterFactory());
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	private IPropertyDescriptor descriptor(IPropertySource source, String featureName) {
		return Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d instanceof org.sujarit.emf.ui.properties.ItemPropertyDescriptorAdapter a
						&& a.getItemPropertyDescriptor().getFeature(t.p1) instanceof org.eclipse.emf.ecore.EStructuralFeature f
						&& f.getName().equals(featureName))
				.findFirst().orElseThrow(() -> new AssertionError("no descriptor for " + featureName));
	}

	@Test
	void setValueIsAnUndoableCommand() {
		IPropertySource source = provider.getPropertySource(t.p1);
		IPropertyDescriptor name = descriptor(source, "name");
		source.setPropertyValue(name.getId(), "ชื่อใหม่");
		assertEquals("ชื่อใหม่", t.p1.getName());
		assertTrue(t.domain.getCommandStack().canUndo(), "edit went through the command stack");
		t.domain.getCommandStack().undo();
		assertEquals("โครงการอบรมคุณธรรม", t.p1.getName());
	}

	@Test
	void cellEditorsFollowTheFeatureTypes() {
		IPropertySource source = provider.getPropertySource(t.p1);
		assertInstanceOf(DataTypeCellEditor.class, descriptor(source, "seq").createPropertyEditor(shell));
		assertInstanceOf(MultiLineTextCellEditor.class, descriptor(source, "rationale").createPropertyEditor(shell));
		assertInstanceOf(ValueListCellEditor.class, descriptor(source, "supportingUnits").createPropertyEditor(shell));
		assertInstanceOf(ValueListCellEditor.class, descriptor(source, "objectives").createPropertyEditor(shell));
		CellEditor kind = descriptor(source, "kind").createPropertyEditor(shell);
		ChoiceCellEditor kindChoice = assertInstanceOf(ChoiceCellEditor.class, kind);
		assertTrue(kindChoice.getChoices().containsAll(ProjectKind.VALUES));
		ChoiceCellEditor unit = assertInstanceOf(ChoiceCellEditor.class, descriptor(source, "responsibleUnit").createPropertyEditor(shell));
		assertTrue(unit.getChoices().contains(t.u2), "all units are candidates");
	}

	@Test
	void choiceEditorRoundTripsObjects() {
		IPropertySource source = provider.getPropertySource(t.p1);
		ChoiceCellEditor unit = (ChoiceCellEditor) descriptor(source, "responsibleUnit").createPropertyEditor(shell);
		unit.setValue(t.u2);
		assertEquals(t.u2, unit.getValue());
		source.setPropertyValue(descriptor(source, "responsibleUnit").getId(), unit.getValue());
		assertEquals(t.u2, t.p1.getResponsibleUnit());
	}

	@Test
	void numberEditorConvertsAndValidates() {
		var budget = t.p1.getBudgets().get(0);
		IPropertySource source = provider.getPropertySource(budget);
		IPropertyDescriptor amount = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> ((org.sujarit.emf.ui.properties.ItemPropertyDescriptorAdapter) d).getItemPropertyDescriptor()
						.getFeature(budget) == PlanPackage.Literals.YEAR_BUDGET__AMOUNT).findFirst().orElseThrow();
		DataTypeCellEditor editor = (DataTypeCellEditor) amount.createPropertyEditor(shell);
		editor.setValue(new BigDecimal("20000"));
		assertEquals(new BigDecimal("20000"), editor.getValue());
		assertNotNull(editor.getValidator().isValid("ยี่สิบ"));
		assertEquals(null, editor.getValidator().isValid("๒๐,๐๐๐.๕๐"));
		source.setPropertyValue(amount.getId(), new BigDecimal("20000.50"));
		assertEquals(new BigDecimal("20000.50"), budget.getAmount());
	}

	@Test
	void labelsOfValuesComeFromItemProviders() {
		IPropertySource source = provider.getPropertySource(t.p1);
		String text = descriptor(source, "responsibleUnit").getLabelProvider().getText(t.u1);
		assertTrue(text.contains("สำนักปลัด"), text);
		List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
		assertFalse(names.isEmpty());
	}
}
