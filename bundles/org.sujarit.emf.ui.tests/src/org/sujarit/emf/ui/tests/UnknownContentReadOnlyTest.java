package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.emf.ui.form.PropertyDescriptors;
import org.sujarit.emf.ui.properties.ItemPropertyDescriptorAdapter;
import org.sujarit.emf.ui.properties.ItemPropertySourceProvider;
import org.sujarit.model.Dimension;
import org.sujarit.model.Plan;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.YearBudget;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.unknown.UnknownContent;

/**
 * A plan holding a project of a package no installed plug-in provides, opened into a guarded editing domain as the plan
 * editor does: everything about the unknown project is read-only (Properties view, forms, commands built by the domain
 * or by hand), the known projects stay editable, and saving keeps the unknown content.
 */
class UnknownContentReadOnlyTest {

	private static final String MISSING = "urn:sujarit-test:missing-dimension";

	/** Written by hand: dimension 1 holds a known project (in a mission) and a project of the missing package. */
	private static final String PLAN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<plan:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
			xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:plan="http://sujarit.org/plan/1.0" \
			xmlns:ext="%s" title="แผนทดสอบ" firstYear="2566" lastYear="2570">
			  <units id="u1" name="สำนักปลัด"/>
			  <dimensions code="1" name="มิติที่ 1">
			    <missions code="1.1" name="ภารกิจ 1.1">
			      <projects id="known" seq="1" name="โครงการที่รู้จัก"/>
			    </missions>
			    <projects xsi:type="ext:ExtraProject" id="stranger" seq="2" name="โครงการของปลั๊กอินที่ไม่ได้ติดตั้ง" \
			extraLevel="HIGH" extraNote="ต้องเก็บไว้">
			      <budgets fiscalYear="2566" amount="5000"/>
			    </projects>
			  </dimensions>
			  <resultsRounds fiscalYear="2566">
			    <results project="stranger"/>
			    <results project="known"/>
			  </resultsRounds>
			</plan:Plan>
			""".formatted(MISSING);

	private Shell shell;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private Plan plan;
	private Dimension dimension;
	private Project known;
	private Project unknown;

	private static Path out(String name) throws IOException {
		Path dir = Path.of(System.getProperty("sujarit.test.out", "target/test-output"));
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	@BeforeEach
	void open() throws Exception {
		shell = new Shell(Display.getDefault());
		Path file = out("unknown-readonly.sujarit");
		Files.writeString(file, PLAN, StandardCharsets.UTF_8);
		// as PlanEditor does
		domain = EditingDomains.create(EditingDomains.registeredAdapterFactory(), PlanResources.newResourceSet(),
				UnknownContent::isReadOnly);
		resource = PlanResources.load(domain.getResourceSet(), file);
		plan = (Plan) resource.getContents().get(0);
		dimension = plan.getDimensions().get(0);
		known = dimension.getMissions().get(0).getProjects().get(0);
		unknown = dimension.getProjects().get(0);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void theFixtureHasOneUnknownProject() {
		assertEquals("known", known.getId());
		assertEquals("stranger", unknown.getId());
		assertEquals("ExtraProject", unknown.eClass().getName());
		assertTrue(UnknownContent.isUnknown(unknown));
		assertFalse(UnknownContent.isUnknown(known));
		assertEquals(1, resource.getWarnings().size(), resource.getWarnings().toString());
		assertTrue(resource.getWarnings().get(0).getMessage().contains(MISSING));
	}

	@Test
	void propertiesOfTheUnknownProjectAreNotEditable() {
		IPropertySource source = new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(unknown);
		IPropertyDescriptor[] descriptors = source.getPropertyDescriptors();
		assertTrue(descriptors.length > 5, "the unknown project still shows its properties");
		for (IPropertyDescriptor d : descriptors) {
			IItemPropertyDescriptor item = ((ItemPropertyDescriptorAdapter) d).getItemPropertyDescriptor();
			assertFalse(item.canSetProperty(unknown), d.getDisplayName());
			assertNull(d.createPropertyEditor(shell), d.getDisplayName());
		}
		// setting through the property source does nothing
		Object nameId = PropertyDescriptors.find(domain.getAdapterFactory(), unknown, PlanPackage.Literals.PROJECT__NAME)
				.getId(unknown);
		source.setPropertyValue(nameId, "เปลี่ยนแล้ว");
		assertEquals("โครงการของปลั๊กอินที่ไม่ได้ติดตั้ง", unknown.getName());
		// content of the unknown project (its budget) too: forms look descriptors up here
		YearBudget budget = unknown.getBudgets().get(0);
		assertFalse(PropertyDescriptors.find(domain.getAdapterFactory(), budget, PlanPackage.Literals.YEAR_BUDGET__AMOUNT)
				.canSetProperty(budget));
	}

	@Test
	void propertiesOfAKnownProjectStayEditable() {
		IPropertySource source = new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(known);
		IPropertyDescriptor name = null;
		for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
			if (((ItemPropertyDescriptorAdapter) d).getItemPropertyDescriptor()
					.getFeature(known) instanceof EStructuralFeature f && f.getName().equals("name")) {
				name = d;
			}
		}
		assertNotNull(name);
		assertTrue(((ItemPropertyDescriptorAdapter) name).getItemPropertyDescriptor().canSetProperty(known));
		CellEditor editor = name.createPropertyEditor(shell);
		assertNotNull(editor);
		editor.dispose();
		source.setPropertyValue(name.getId(), "ชื่อใหม่");
		assertEquals("ชื่อใหม่", known.getName());
	}

	@Test
	void commandsOnTheUnknownProjectCannotExecute() {
		assertFalse(SetCommand.create(domain, unknown, PlanPackage.Literals.PROJECT__NAME, "x").canExecute());
		assertFalse(DeleteCommand.create(domain, List.of(unknown)).canExecute());
		assertFalse(RemoveCommand.create(domain, dimension, PlanPackage.Literals.PROJECT_CONTAINER__PROJECTS, unknown)
				.canExecute());
		assertFalse(CutToClipboardCommand.create(domain, List.of(unknown)).canExecute());
		assertFalse(CopyToClipboardCommand.create(domain, List.of(unknown)).canExecute(), "a copy would lose its fields");
		// dragging it away, or dropping a known project into it
		assertFalse(DragAndDropCommand.create(domain, dimension.getMissions().get(0), 0.5f,
				DragAndDropFeedback.DROP_MOVE, DragAndDropFeedback.DROP_MOVE, List.of(unknown)).canExecute());
		assertFalse(DragAndDropCommand.create(domain, unknown, 0.5f, DragAndDropFeedback.DROP_MOVE,
				DragAndDropFeedback.DROP_MOVE, List.of(known)).canExecute());
		// deleting the dimension would delete the unknown project with it
		assertFalse(DeleteCommand.create(domain, List.of(dimension)).canExecute());
	}

	@Test
	void handBuiltCommandsOnUnknownContentAreNotExecuted() {
		// the grids build their commands with new SetCommand(...) and run them on the stack
		YearBudget budget = unknown.getBudgets().get(0);
		CompoundCommand c = new CompoundCommand();
		c.append(new SetCommand(domain, budget, PlanPackage.Literals.YEAR_BUDGET__AMOUNT, new BigDecimal("9")));
		domain.getCommandStack().execute(c);
		assertEquals(0, new BigDecimal("5000").compareTo(budget.getAmount()), budget.getAmount().toPlainString());
		assertFalse(domain.getCommandStack().canUndo());
		// results reported for the unknown project belong to it as well
		ProjectResult strangerResult = plan.getResultsRounds().get(0).getResults().get(0);
		assertEquals(unknown, strangerResult.getProject());
		assertTrue(UnknownContent.isReadOnly(strangerResult));
		domain.getCommandStack().execute(new SetCommand(domain, strangerResult,
				PlanPackage.Literals.PROJECT_RESULT__REMARK, "x"));
		assertNull(strangerResult.getRemark());
		// the known project's result still takes the edit
		ProjectResult knownResult = plan.getResultsRounds().get(0).getResults().get(1);
		domain.getCommandStack().execute(new SetCommand(domain, knownResult,
				PlanPackage.Literals.PROJECT_RESULT__REMARK, "รายงานแล้ว"));
		assertEquals("รายงานแล้ว", knownResult.getRemark());
	}

	@Test
	void commandsOnAKnownProjectStillExecute() {
		Command set = SetCommand.create(domain, known, PlanPackage.Literals.PROJECT__REMARK, "หมายเหตุ");
		assertTrue(set.canExecute());
		domain.getCommandStack().execute(set);
		assertEquals("หมายเหตุ", known.getRemark());
		assertTrue(DeleteCommand.create(domain, List.of(known)).canExecute());
	}

	@Test
	void savingAfterEditingAKnownProjectKeepsTheUnknownContent() throws Exception {
		domain.getCommandStack().execute(SetCommand.create(domain, known, PlanPackage.Literals.PROJECT__NAME, "แก้ชื่อแล้ว"));
		PlanResources.save(resource);
		String text = Files.readString(out("unknown-readonly.sujarit"), StandardCharsets.UTF_8);
		// the namespace is kept; its prefix is the stand-in package's own (derived from the namespace)
		java.util.regex.Matcher ns = java.util.regex.Pattern.compile("xmlns:(\\w+)=\"" + MISSING + "\"").matcher(text);
		assertTrue(ns.find(), text);
		assertTrue(text.contains("xsi:type=\"" + ns.group(1) + ":ExtraProject\""), text);
		assertTrue(text.contains("extraLevel=\"HIGH\""), text);
		assertTrue(text.contains("extraNote=\"ต้องเก็บไว้\""), text);
		assertTrue(text.contains("แก้ชื่อแล้ว"), text);

		// and it opens again the same way
		Resource again = PlanResources.load(PlanResources.newResourceSet(), out("unknown-readonly.sujarit"));
		Plan back = (Plan) again.getContents().get(0);
		Project stranger = back.getDimensions().get(0).getProjects().get(0);
		assertTrue(UnknownContent.isUnknown(stranger));
		assertEquals("stranger", stranger.getId());
		assertEquals("โครงการของปลั๊กอินที่ไม่ได้ติดตั้ง", stranger.getName());
		assertEquals(0, new BigDecimal("5000").compareTo(stranger.getBudgets().get(0).getAmount()));
		assertEquals(stranger, back.getResultsRounds().get(0).getResults().get(0).getProject());
		assertEquals("แก้ชื่อแล้ว", back.getDimensions().get(0).getMissions().get(0).getProjects().get(0).getName());
	}
}
