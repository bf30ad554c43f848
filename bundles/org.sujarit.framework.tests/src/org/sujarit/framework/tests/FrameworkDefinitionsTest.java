package org.sujarit.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.RegistryProblem;

/**
 * Definition files validated against schema/definitions.xsd, rule contributions checked like the other registry
 * problems, versions compared as OSGi versions.
 */
class FrameworkDefinitionsTest {

	private static String rule(String id, String frameworkId) {
		return "<extension point=\"org.sujarit.framework.frameworks\"><rule id=\"" + id + "\""
				+ (frameworkId == null ? "" : " frameworkId=\"" + frameworkId + "\"")
				+ " class=\"org.sujarit.framework.rules.BudgetRule\"/></extension>";
	}

	@Test
	void aMisspeltAttributeIsReportedWithItsLine() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.typo", TestRegistries.framework("typo.fw", "1.0", "typo-attribute.xml", null))
				.frameworks();
		assertEquals(List.of(), r.getFrameworks(), "the framework is not used");
		RegistryProblem p = r.getProblems().get(0);
		assertTrue(p.error());
		assertTrue(p.message().contains("nameEN") && p.message().contains("line 3"), p.message());
		assertTrue(p.message().contains("com.example.typo"), p.message());
	}

	@Test
	void aMisspeltElementInTheCatalogueIsReported() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.fw", TestRegistries.framework("test.fw", "1.0", "structure.xml", "typo-element.xml"))
				.frameworks();
		assertTrue(r.getProblems().stream().anyMatch(p -> p.message().contains("outptu") && p.message().contains("line 5")),
				r.getProblems().toString());
	}

	@Test
	void theShippedKindsOfFileStillPass() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.fw", TestRegistries.framework("test.fw", "1.0", "structure.xml", "catalogue.xml"))
				.add("com.example.dim", TestRegistries.dimension("test.fw", "extra-dimension.xml", "extra-catalogue.xml"))
				.frameworks();
		assertNotNull(r.find("test.fw", "1.0"));
		assertFalse(r.getProblems().stream().anyMatch(RegistryProblem::error), r.getProblems().toString());
	}

	@Test
	void twoRulesWithOneIdAreAClashNamingBoth() {
		FrameworkRegistry r = new TestRegistries().add("com.example.b", rule("x.rule", null))
				.add("com.example.a", rule("x.rule", null)).frameworks();
		assertEquals(1, r.getGenericRules().size(), "the second is ignored");
		assertEquals("com.example.a", r.getGenericRules().get(0).getContributor(), "first by name wins");
		RegistryProblem p = r.getProblems().get(0);
		assertTrue(p.error());
		assertTrue(p.message().contains("x.rule") && p.message().contains("com.example.a")
				&& p.message().contains("com.example.b"), p.message());
		assertFalse(p.localizedMessage().isBlank());
	}

	@Test
	void aRuleForAFrameworkThatIsNotInstalledIsAWarning() {
		FrameworkRegistry r = new TestRegistries().add("com.example.rules", rule("y.rule", "no.such.fw")).frameworks();
		RegistryProblem p = r.getProblems().get(0);
		assertFalse(p.error());
		assertTrue(p.message().contains("y.rule") && p.message().contains("no.such.fw"), p.message());
	}

	@Test
	void versionsAreOsgiVersions() {
		assertEquals(new Version(1, 10, 0), FrameworkRegistry.osgiVersion("1.10"));
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.a", TestRegistries.framework("test.fw", "1.9.0", "structure.xml", null))
				.add("com.example.b", TestRegistries.framework("test.fw", "1.10", "structure.xml", null))
				.add("com.example.c", TestRegistries.framework("test.fw", "1.2.0.beta", "structure.xml", null))
				.frameworks();
		assertEquals("1.10", r.findLatest("test.fw").getVersion());
		assertEquals(List.of("1.2.0.beta", "1.9.0", "1.10"),
				r.getFrameworks().stream().map(f -> f.getVersion()).toList());
	}
}
