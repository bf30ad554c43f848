package org.sujarit.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.Messages;
import org.sujarit.framework.RegistryProblem;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;

class FrameworkRegistryTest {

	@Test
	void readsStructureAndCatalogue() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.fw", TestRegistries.framework("test.fw", "1.0", "structure.xml", "catalogue.xml"))
				.frameworks();
		FrameworkDescriptor f = r.find("test.fw", "1.0");
		assertNotNull(f);
		assertEquals("กรอบทดสอบ", f.getName());
		assertEquals(2566, f.getFirstYear());
		assertEquals(2570, f.getLastYear());
		assertEquals(List.of("1", "2"), f.getDimensions().stream().map(d -> d.code()).toList());
		assertEquals("1", f.dimensionOfMission("1.1").code());
		assertEquals("1.1", f.missionOfSubMission("1.1.2").code());
		assertFalse(f.findSubMission("1.1.2").nameKnown());
		assertNull(f.findSubMission("1.1.2").name());
		assertTrue(f.findSubMission("1.1.1").nameKnown());
		assertEquals("Sub-mission 1.1.1", f.findSubMission("1.1.1").nameEn());

		List<CatalogueEntry> entries = f.getCatalogue("1.1.1");
		assertEquals(1, entries.size());
		Project p = entries.get(0).createProject();
		assertEquals(ProjectKind.MEASURE, p.getKind());
		assertEquals("มาตรการตัวอย่าง", p.getName());
		assertEquals(List.of(IndicatorKind.OUTPUT, IndicatorKind.OUTCOME),
				p.getIndicators().stream().map(Indicator::getKind).toList());
		// the entry for a sub-mission the framework lacks is reported, as a warning
		assertEquals(1, r.getProblems().size(), r.getProblems().toString());
		assertFalse(r.getProblems().get(0).error());
		assertTrue(r.getProblems().get(0).message().contains("9.9.9"));
	}

	@Test
	void sameFrameworkTwiceFirstByNameWinsAndBothAreNamed() {
		// added in the "wrong" order: the winner must not depend on the order plug-ins are installed
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.zeta", TestRegistries.framework("test.fw", "1.0", "extra-dimension.xml", null))
				.add("com.example.alpha", TestRegistries.framework("test.fw", "1.0", "structure.xml", null))
				.frameworks();
		assertEquals(1, r.getFrameworks().size());
		FrameworkDescriptor f = r.find("test.fw", "1.0");
		assertEquals("com.example.alpha", f.getContributor());
		assertEquals(2, f.getDimensions().size());
		assertEquals(1, r.getProblems().size());
		RegistryProblem p = r.getProblems().get(0);
		assertTrue(p.error());
		assertEquals(List.of("com.example.alpha", "com.example.zeta"), p.contributors());
		assertEquals("Two plug-ins contribute framework test.fw version 1.0: com.example.alpha and com.example.zeta. "
				+ "The one from com.example.alpha is used; com.example.zeta's is ignored.", p.message());
		assertTrue(p.messageTh().startsWith("มีปลั๊กอินสองตัวให้กรอบ test.fw รุ่น 1.0"), p.messageTh());
	}

	@Test
	void differentVersionsCoexist() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.a", TestRegistries.framework("test.fw", "1.9", "structure.xml", null))
				.add("com.example.b", TestRegistries.framework("test.fw", "1.10", "structure.xml", null))
				.frameworks();
		assertEquals(2, r.getFrameworks().size());
		assertEquals("1.10", r.findLatest("test.fw").getVersion());
		assertTrue(r.getProblems().isEmpty());
	}

	@Test
	void dimensionPlugInIsMergedIntoItsFramework() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.fw", TestRegistries.framework("test.fw", "1.0", "structure.xml", null))
				.add("com.example.dim",
						TestRegistries.dimension("test.fw", "extra-dimension.xml", "extra-catalogue.xml"))
				.frameworks();
		FrameworkDescriptor f = r.find("test.fw", "1.0");
		assertEquals(List.of("1", "2", "3"), f.getDimensions().stream().map(d -> d.code()).toList());
		assertEquals("com.example.dim", f.findDimension("3").contributor());
		assertFalse(f.findDimension("3").required(), "contributed dimensions are optional by default");
		assertTrue(f.findDimension("1").required());
		assertEquals(1, f.getCatalogue("3.1.1").size());
		assertEquals(List.of("http://example.org/extra"), f.getEPackages());
		assertEquals(List.of("com.example.fw", "com.example.dim"), List.copyOf(f.getContributors()));
		assertTrue(r.getProblems().isEmpty(), r.getProblems().toString());
	}

	@Test
	void sameDimensionTwiceIsAClashNamingBoth() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.fw", TestRegistries.framework("test.fw", "1.0", "structure.xml", null))
				.add("com.example.two", TestRegistries.dimension("test.fw", "extra-dimension.xml", null))
				.add("com.example.one", TestRegistries.dimension("test.fw", "extra-dimension.xml", null))
				.frameworks();
		FrameworkDescriptor f = r.find("test.fw", "1.0");
		assertEquals(3, f.getDimensions().size());
		assertEquals("com.example.one", f.findDimension("3").contributor());
		assertEquals(1, r.getProblems().size());
		assertEquals(List.of("com.example.one", "com.example.two"), r.getProblems().get(0).contributors());
		assertTrue(r.getProblems().get(0).message().contains("Dimension 3 of framework test.fw 1.0"));
	}

	@Test
	void dimensionForMissingFrameworkIsAWarning() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.dim", TestRegistries.dimension("no.such.fw", "extra-dimension.xml", null))
				.frameworks();
		assertTrue(r.getFrameworks().isEmpty());
		assertEquals(1, r.getProblems().size());
		assertFalse(r.getProblems().get(0).error());
		assertTrue(r.getProblems().get(0).message().contains("no.such.fw"));
	}

	@Test
	void unreadableOrHostileFilesAreReportedNotThrown() {
		FrameworkRegistry r = new TestRegistries()
				.add("com.example.missing", TestRegistries.framework("a.fw", "1.0", "no-such-file.xml", null))
				.add("com.example.doctype", TestRegistries.framework("b.fw", "1.0", "doctype.xml", null))
				.frameworks();
		assertTrue(r.getFrameworks().isEmpty());
		assertEquals(2, r.getProblems().size(), r.getProblems().toString());
		assertTrue(r.getProblems().stream().allMatch(RegistryProblem::error));
		assertTrue(r.getProblems().get(0).message().contains("DOCTYPE"), r.getProblems().get(0).message());
		assertTrue(r.getProblems().get(1).message().contains("no-such-file.xml"));
	}

	@Test
	void thaiMessagesComeBackIntact() {
		assertEquals("โครงการที่ 12 ‘ก’", Messages.th("label.project", 12, "ก"));
		assertEquals("Project 12 ‘a’", Messages.en("label.project", 12, "a"));
		// years are never printed with a thousands separator
		assertEquals("มิติที่ 2566 ‘x’", Messages.th("label.dimension", 2566, "x"));
	}
}
