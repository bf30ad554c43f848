package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.emf.ui.properties.DataTypeCellEditor;
import org.sujarit.emf.ui.properties.ItemPropertySourceProvider;
import org.sujarit.model.PlanPackage;

/**
 * An attribute added to the plan metamodel is editable in the Properties view without any code for it: the bridge
 * works from the item providers' descriptors only. (The generator test in releng/org.sujarit.codegen proves the
 * generated form and item provider get the attribute; this proves the bridge side.)
 */
class DynamicFeatureTest {

	@Test
	void addedAttributeGetsAnEditablePropertyRow() {
		EPackage copy = EcoreUtil.copy(PlanPackage.eINSTANCE);
		copy.setNsURI("http://sujarit.org/plan/test-extended");
		// a purely dynamic package: no generated classes behind it
		copy.setEFactoryInstance(EcoreFactory.eINSTANCE.createEFactory());
		copy.getEClassifiers().stream().filter(c -> c instanceof EClass).forEach(c -> c.setInstanceClassName(null));
		EClass project = (EClass) copy.getEClassifier("Project");
		EAttribute risk = EcoreFactory.eINSTANCE.createEAttribute();
		risk.setName("riskScore");
		risk.setEType(EcorePackage.Literals.EBIG_DECIMAL);
		project.getEStructuralFeatures().add(risk);

		ComposedAdapterFactory af = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = EditingDomains.create(af, null);
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap().put("*",
				new org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl());
		Resource r = domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/x.sujarit"));
		EObject p = EcoreUtil.create(project);
		r.getContents().add(p);

		IPropertySource source = new ItemPropertySourceProvider(af).getPropertySource(p);
		IPropertyDescriptor row = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().toLowerCase().contains("risk")).findFirst().orElse(null);
		assertNotNull(row, "Properties view offers the new attribute");
		Shell shell = new Shell(Display.getDefault());
		try {
			assertInstanceOf(DataTypeCellEditor.class, row.createPropertyEditor(shell), "numbers get a validated editor");
		} finally {
			shell.dispose();
		}
		source.setPropertyValue(row.getId(), new BigDecimal("3.5"));
		assertEquals(new BigDecimal("3.5"), p.eGet(risk));
		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertEquals(null, p.eGet(risk));
	}
}
