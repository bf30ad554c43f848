package org.sujarit.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attribute added to plan.ecore shows up in the generated model code without touching the .genmodel: the reason
 * the build needs no stale-code check (docs/regenerating.md). Runs the build's own generator on a copy of the model.
 */
class EcoreChangeIsGeneratedTest {

	@TempDir
	Path tmp;

	@Test
	void attributeAddedToTheEcoreIsGenerated() throws IOException {
		Path realBundles = Path.of(System.getProperty("sujarit.bundles")).toAbsolutePath().normalize();
		Path model = tmp.resolve("org.sujarit.model/model");
		Files.createDirectories(model);
		try (Stream<Path> files = Files.list(realBundles.resolve("org.sujarit.model/model"))) {
			for (Path f : files.toList()) {
				Files.copy(f, model.resolve(f.getFileName()));
			}
		}
		addAttribute(model.resolve("plan.ecore"), "Project", "generationProbe");

		GenModel genModel = SujaritGen.load(tmp.toFile(), "org.sujarit.model/model/plan.genmodel");
		int severity = SujaritGen.generate(genModel, "model");
		assertTrue(severity < Diagnostic.ERROR, "generation failed");

		Path srcGen = tmp.resolve("org.sujarit.model/src-gen/org/sujarit/model");
		String project = Files.readString(srcGen.resolve("Project.java"));
		assertTrue(project.contains("String getGenerationProbe();"), "getter generated");
		assertTrue(project.contains("void setGenerationProbe(String value);"), "setter generated");
		assertTrue(Files.readString(srcGen.resolve("impl/ProjectImpl.java")).contains("GENERATION_PROBE_EDEFAULT"));
		assertTrue(Files.readString(srcGen.resolve("PlanPackage.java")).contains("PROJECT__GENERATION_PROBE"));
		// the existing features are still there, and the real bundle was not touched
		assertTrue(project.contains("getResponsibleUnit()"));
		Path realProject = realBundles.resolve("org.sujarit.model/src-gen/org/sujarit/model/Project.java");
		if (Files.exists(realProject)) {
			assertFalse(Files.readString(realProject).contains("GenerationProbe"));
		}
	}

	private static void addAttribute(Path ecore, String className, String name) throws IOException {
		ResourceSetImpl rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource r = rs.getResource(URI.createFileURI(ecore.toString()), true);
		EPackage pkg = (EPackage) r.getContents().get(0);
		EClass eClass = (EClass) pkg.getEClassifier(className);
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(EcorePackage.Literals.ESTRING);
		eClass.getEStructuralFeatures().add(attribute);
		r.save(null);
	}
}
