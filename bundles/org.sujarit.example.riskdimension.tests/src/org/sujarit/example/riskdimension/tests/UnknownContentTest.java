package org.sujarit.example.riskdimension.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.sujarit.example.riskdimension.RiskLevel;
import org.sujarit.example.riskdimension.RiskPackage;
import org.sujarit.example.riskdimension.RiskProject;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.validation.Finding;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.unknown.UnknownContent;
import org.sujarit.model.unknown.UnknownContent.MissingPackageWarning;

/**
 * A plan with RiskProjects opened where the example plug-in is not installed (simulated by a package registry that
 * hides its EPackage): it loads, warns, shows the risk projects as unknown, and saving keeps every risk field.
 */
class UnknownContentTest {

	private static final String RISK = RiskPackage.eNS_URI;

	private static Path out(String name) throws IOException {
		Path dir = Path.of(System.getProperty("sujarit.test.out", "target/test-output"));
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	/** Sujarit's resource set, seeing every installed package except the hidden ones (a plug-in "not installed"). */
	private static ResourceSet resourceSet(Set<String> hiddenUris) {
		Set<String> hidden = new HashSet<>(hiddenUris); // accepts contains(null)
		ResourceSet rs = PlanResources.newResourceSet();
		rs.setPackageRegistry(new EPackageRegistryImpl(EPackage.Registry.INSTANCE) {
			private static final long serialVersionUID = 1L;

			@Override
			public EPackage getEPackage(String nsURI) {
				return hidden.contains(nsURI) ? null : super.getEPackage(nsURI);
			}

			@Override
			public Object get(Object key) {
				return hidden.contains(key) ? null : super.get(key);
			}

			@Override
			public boolean containsKey(Object key) {
				return !hidden.contains(key) && super.containsKey(key);
			}
		});
		return rs;
	}

	/** The installed frameworks as they would be without the example plug-in (its dimension 5 and rule absent). */
	private static FrameworkRegistry frameworksWithoutTheExample() throws IOException {
		Object token = new Object();
		// only the two contributions added below; rule classes load from the contributing bundles
		RegistryStrategy strategy = new RegistryStrategy(null, null) {
			@Override
			public Object createExecutableExtension(RegistryContributor contributor, String className,
					String overriddenContributorName) throws CoreException {
				try {
					return Platform.getBundle(contributor.getActualName()).loadClass(className).getConstructor()
							.newInstance();
				} catch (ReflectiveOperationException e) {
					throw new CoreException(Status.error(className, e));
				}
			}
		};
		IExtensionRegistry registry = RegistryFactory.createRegistry(strategy, token, null);
		for (String name : List.of("org.sujarit.framework", "org.sujarit.framework.nacc2566")) {
			Bundle bundle = Platform.getBundle(name);
			try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
				assertTrue(registry.addContribution(in, ContributorFactoryOSGi.createContributor(bundle), false, name,
						null, token));
			}
		}
		FrameworkRegistry frameworks = FrameworkRegistry.of(registry);
		assertEquals(4, frameworks.find("nacc.lao.2566", "2566-2570").getDimensions().size());
		return frameworks;
	}

	/** Through the application's loader (model.io), which keeps unknown content and warns. */
	private static Resource load(ResourceSet rs, Path file) throws PlanLoadException {
		return PlanResources.load(rs, file);
	}

	private static void save(Resource r) throws IOException {
		PlanResources.save(r);
	}

	@Test
	void roundTripWithoutTheExamplePlugInKeepsTheRiskFields() throws IOException, PlanLoadException {
		// 1. a plan written where the example plug-in is installed
		Plan original = RiskDimensionTest.planWithRiskProject(RiskLevel.HIGH, "แยกผู้จัดซื้อออกจากผู้ตรวจรับ");
		Path written = out("with-risk.sujarit");
		Resource w = resourceSet(Set.of()).createResource(URI.createFileURI(written.toString()));
		w.getContents().add(original);
		save(w);
		String text = Files.readString(written, StandardCharsets.UTF_8);
		assertTrue(text.contains("risk:RiskProject"), text.substring(0, 400));

		// 2. opened without it: loads, warns, shows the project as unknown, totals still count it
		Resource without = load(resourceSet(Set.of(RISK)), written);
		assertTrue(without.getErrors().isEmpty(), without.getErrors().toString());
		Plan plan = (Plan) without.getContents().get(0);
		assertEquals(38, plan.getAllProjects().size());
		Project unknown = plan.getDimensions().get(4).getAllProjects().get(0);
		assertFalse(unknown instanceof RiskProject);
		assertEquals("RiskProject", unknown.eClass().getName());
		assertTrue(UnknownContent.isUnknown(unknown));
		assertTrue(UnknownContent.isUnknown(unknown.getIndicators().get(0)), "content of unknown objects is read-only too");
		assertTrue(UnknownContent.hasUnknownFeatures(unknown));
		assertFalse(UnknownContent.isUnknown(plan.getAllProjects().get(0)));
		assertEquals("มาตรการประเมินความเสี่ยงการทุจริตในกระบวนงานจัดซื้อจัดจ้าง", unknown.getName());
		assertEquals(1, without.getWarnings().size(), without.getWarnings().toString());
		MissingPackageWarning warning = (MissingPackageWarning) without.getWarnings().get(0);
		assertEquals(RISK, warning.getNsURI());
		assertEquals(List.of("RiskProject"), warning.getClasses());
		assertEquals("The plan uses RiskProject from package " + RISK + ", which no installed plug-in provides (1 object):"
				+ " kept as it is, shown read-only, and saved unchanged. Install the plug-in that provides the package to"
				+ " edit it.", warning.getMessage(Locale.ENGLISH));
		assertTrue(warning.getMessage(Locale.of("th")).startsWith("แผนนี้ใช้ RiskProject จากแพ็กเกจ " + RISK));

		// validation says so once, and finds no error
		Diagnostic d = PlanValidator.validate(plan, frameworksWithoutTheExample(), Locale.ENGLISH, null);
		List<Finding> missing = d.getChildren().stream().map(Finding.class::cast)
				.filter(f -> f.getKey().equals("plan.missingPackage")).toList();
		assertEquals(1, missing.size());
		// the framework as installed has no dimension 5: a warning naming the likely cause, not an error
		List<Finding> dim5 = d.getChildren().stream().map(Finding.class::cast)
				.filter(f -> f.getKey().startsWith("structure.")).toList();
		assertEquals(List.of("structure.dimensionOfMissingPlugIn"), dim5.stream().map(Finding::getKey).toList(),
				d.getChildren().toString());
		assertEquals(Diagnostic.WARNING, dim5.get(0).getSeverity());
		assertEquals(plan.getDimensions().get(4), dim5.get(0).getTarget());
		assertTrue(d.getChildren().stream().noneMatch(c -> c.getSeverity() == Diagnostic.ERROR), d.toString());

		// 3. saved without it (after an edit elsewhere in the plan)
		plan.getAllProjects().get(0).setRemark("แก้ไขโดยไม่มีปลั๊กอิน");
		Path resaved = out("resaved-without-risk.sujarit");
		without.setURI(URI.createFileURI(resaved.toString()));
		save(without);

		// 4. opened again with it: the risk fields are intact
		Resource again = load(resourceSet(Set.of()), resaved);
		assertTrue(again.getErrors().isEmpty(), again.getErrors().toString());
		assertTrue(again.getWarnings().isEmpty(), again.getWarnings().toString());
		Plan back = (Plan) again.getContents().get(0);
		RiskProject risk = assertInstanceOf(RiskProject.class, back.getDimensions().get(4).getAllProjects().get(0));
		assertEquals(RiskLevel.HIGH, risk.getRiskLevel());
		assertEquals("แยกผู้จัดซื้อออกจากผู้ตรวจรับ", risk.getMitigation());
		assertEquals(38, risk.getSeq());
		assertNotNull(risk.getResponsibleUnit());
		assertEquals(back.getUnits().get(0), risk.getResponsibleUnit());
		assertEquals(List.of(2), risk.getQuarters());
		assertEquals(2, risk.getIndicators().size());
		assertEquals("แก้ไขโดยไม่มีปลั๊กอิน", back.getAllProjects().get(0).getRemark());
		assertFalse(UnknownContent.hasUnknownContent(again));
	}
}
