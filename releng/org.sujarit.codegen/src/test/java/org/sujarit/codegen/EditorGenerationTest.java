package org.sujarit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.codegen.editor.FormFields;

/**
 * The editor code follows the .ecore: an attribute added to a copy of plan.ecore gets a form field and an item
 * property descriptor from one generator run, without touching the genmodel or any hand-written code.
 */
class EditorGenerationTest {

	static final Path BUNDLES = Path.of(System.getProperty("sujarit.bundles", "../../bundles")).toAbsolutePath().normalize();

	@TempDir
	Path temp;

	private Path copyModel() throws IOException {
		Path model = Files.createDirectories(temp.resolve("org.sujarit.model/model"));
		for (String f : new String[] { "plan.ecore", "plan.genmodel" }) {
			Files.copy(BUNDLES.resolve("org.sujarit.model/model/" + f), model.resolve(f));
		}
		Files.createDirectories(temp.resolve("org.sujarit.model.edit"));
		Files.createDirectories(temp.resolve("org.sujarit.model.editor"));
		return model;
	}

	/** Adds attributes to Project in the copied .ecore, as a modeller would in the XML. */
	private static void addProjectAttributes(Path ecore) throws IOException {
		String s = Files.readString(ecore, StandardCharsets.UTF_8);
		String anchor = "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"seq\"";
		int at = s.indexOf(anchor);
		assertTrue(at > 0, "Project.seq not found in plan.ecore");
		String added = "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"auditNote\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString\"/>\n"
				+ "    <eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"riskScore\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EBigDecimal\"/>\n    ";
		Files.writeString(ecore, s.substring(0, at) + added + s.substring(at), StandardCharsets.UTF_8);
	}

	private static String read(Path p) throws IOException {
		assertTrue(Files.isRegularFile(p), "not generated: " + p);
		return Files.readString(p, StandardCharsets.UTF_8);
	}

	@Test
	void addedAttributeReachesFormAndPropertyDescriptor() throws IOException {
		Path model = copyModel();
		addProjectAttributes(model.resolve("plan.ecore"));
		GenModel genModel = SujaritGen.load(temp.toFile(), "org.sujarit.model/model/plan.genmodel");
		assertTrue(SujaritGen.generate(genModel, "edit") < Diagnostic.ERROR);
		assertTrue(SujaritGen.generate(genModel, "editor") < Diagnostic.ERROR);

		String section = read(temp.resolve("org.sujarit.model.editor/src-gen/org/sujarit/model/editor/presentation/ProjectFormSection.java"));
		assertTrue(section.contains("new FeatureField(PlanPackage.Literals.PROJECT__AUDIT_NOTE, FieldKind.TEXT)"), section);
		assertTrue(section.contains("new FeatureField(PlanPackage.Literals.PROJECT__RISK_SCORE, FieldKind.NUMBER)"), section);
		assertTrue(section.contains("extends FormSection"), "generated section extends the bridge");
		String provider = read(temp.resolve("org.sujarit.model.edit/src-gen/org/sujarit/model/edit/provider/ProjectItemProvider.java"));
		assertTrue(provider.contains("addAuditNotePropertyDescriptor(object);"), "Properties view descriptor generated");
		assertTrue(provider.contains("addRiskScorePropertyDescriptor(object);"));
		String contribution = read(temp.resolve("org.sujarit.model.editor/src-gen/org/sujarit/model/editor/presentation/PlanEditorContribution.java"));
		assertTrue(contribution.contains("ProjectFormSection.INSTANCE"));
		assertTrue(contribution.contains("return List.of(PlanPackage.Literals.PLAN);"), "Plan is the only root class: " + contribution);
		read(temp.resolve("org.sujarit.model.editor/src-gen/org/sujarit/model/editor/presentation/PlanEditorPlugin.java"));
	}

	@Test
	void unchangedModelHasNoSuchField() throws IOException {
		copyModel();
		GenModel genModel = SujaritGen.load(temp.toFile(), "org.sujarit.model/model/plan.genmodel");
		assertTrue(SujaritGen.generate(genModel, "editor") < Diagnostic.ERROR);
		String section = read(temp.resolve("org.sujarit.model.editor/src-gen/org/sujarit/model/editor/presentation/ProjectFormSection.java"));
		assertFalse(section.contains("AUDIT_NOTE"));
		assertTrue(section.contains("PROJECT__NAME, FieldKind.TEXT"));
	}

	@Test
	void widgetKindsFollowTheGenModel() throws IOException {
		copyModel();
		GenModel genModel = SujaritGen.load(temp.toFile(), "org.sujarit.model/model/plan.genmodel");
		assertEquals("MULTI_LINE", kind(genModel, "Project", "rationale"));
		assertEquals("CHOICE", kind(genModel, "Project", "kind"));
		assertEquals("CHOICE", kind(genModel, "Project", "responsibleUnit"));
		assertEquals("MULTI_CHOICE", kind(genModel, "Project", "supportingUnits"));
		assertEquals("LINES", kind(genModel, "Project", "objectives"));
		assertEquals("LINES", kind(genModel, "Project", "quarters"));
		assertEquals("NUMBER", kind(genModel, "Project", "seq"));
		assertEquals("NUMBER", kind(genModel, "YearBudget", "amount"));
		assertEquals("BOOLEAN", kind(genModel, "YearBudget", "noBudget"));
		GenClass project = genClass(genModel, "Project");
		assertEquals(1, FormFields.nested(project).size(), "target group is a nested section");
		assertTrue(FormFields.children(project).stream().anyMatch(f -> f.getName().equals("indicators")));
		assertEquals("org.sujarit.emf.ui.form", FormFields.bridgePackage(genModel));
	}

	private static GenClass genClass(GenModel genModel, String name) {
		return genModel.getGenPackages().get(0).getGenClasses().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow();
	}

	private static String kind(GenModel genModel, String className, String feature) {
		GenFeature f = genClass(genModel, className).getGenFeatures().stream().filter(g -> g.getName().equals(feature))
				.findFirst().orElseThrow();
		return FormFields.kind(f);
	}
}
