package org.sujarit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.domain.EditingDomains;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.model.Dimension;
import org.sujarit.model.Mission;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;
import org.sujarit.model.SubMission;
import org.sujarit.model.io.PlanResources;
import org.sujarit.ui.catalogue.CatalogueCommands;

/** The command behind "Add from Catalogue", on the sample plan, without any UI. */
class AddFromCatalogueTest {

	private Plan plan;
	private AdapterFactoryEditingDomain domain;
	private FrameworkDescriptor nacc;

	@BeforeEach
	void load() throws Exception {
		assertTrue(SamplePlans.hasSample(), "sample plan missing: " + SamplePlans.sample());
		plan = PlanResources.loadPlan(SamplePlans.sample());
		ComposedAdapterFactory factory = EditingDomains.registeredAdapterFactory();
		domain = EditingDomains.create(factory, new ResourceSetImpl());
		nacc = FrameworkRegistry.getDefault().forPlan(plan);
		assertNotNull(nacc, "NACC framework plug-in not installed in the test runtime");
	}

	private Dimension dimension(String code) {
		return plan.getDimensions().stream().filter(d -> code.equals(d.getCode())).findFirst().orElseThrow();
	}

	private Mission mission(String code) {
		return plan.getDimensions().stream().flatMap(d -> d.getMissions().stream())
				.filter(m -> code.equals(m.getCode())).findFirst().orElseThrow();
	}

	private SubMission subMission(String code) {
		return plan.getDimensions().stream().flatMap(d -> d.getMissions().stream())
				.flatMap(m -> m.getSubMissions().stream()).filter(s -> code.equals(s.getCode())).findFirst()
				.orElseThrow();
	}

	@Test
	void twoEntriesUnderSubMissionAreAddedAndUndoneInOneStep() {
		SubMission target = subMission("2.2.2");
		List<CatalogueEntry> offered = CatalogueCommands.entriesUnder(nacc, "2.2.2");
		assertEquals(11, offered.size(), "the NACC catalogue holds the seed's 11 projects of 2.2.2");
		List<CatalogueEntry> chosen = List.of(offered.get(0), offered.get(3));
		int before = target.getProjects().size();
		assertEquals(37, plan.projectCount());

		Command command = CatalogueCommands.addCommand(domain, target, chosen);
		assertTrue(command.canExecute());
		CommandStack stack = domain.getCommandStack();
		stack.execute(command);

		assertEquals(39, plan.projectCount());
		assertEquals(before + 2, target.getProjects().size());
		Project first = target.getProjects().get(before);
		Project second = target.getProjects().get(before + 1);
		assertEquals(38, first.getSeq());
		assertEquals(39, second.getSeq());
		assertEquals(chosen.get(0).name(), first.getName());
		assertEquals(chosen.get(1).name(), second.getName());
		assertEquals(chosen.get(0).kind(), first.getKind());
		assertSame(target, first.getSubMission());
		assertFalse(first.getOutputs().isEmpty(), "output indicators come from the catalogue entry");
		assertEquals(2, command.getAffectedObjects().size());

		assertTrue(stack.canUndo());
		stack.undo();
		assertEquals(37, plan.projectCount());
		assertEquals(before, target.getProjects().size());
		assertFalse(stack.canUndo(), "the whole addition was one command");
	}

	@Test
	void entriesUnderDimensionGoToTheirOwnSubMissions() {
		Dimension d2 = dimension("2");
		List<CatalogueEntry> offered = CatalogueCommands.entriesUnder(nacc, "2");
		// 2.1.1: 1, 2.1.3: 1, 2.2.2: 11, 2.2.3: 1, 2.3.1: 1, 2.3.2: 2, 2.3.3: 2 (catalogue.xml)
		assertEquals(19, offered.size());
		assertTrue(offered.stream().allMatch(e -> e.subMissionCode().startsWith("2.")));
		CatalogueEntry e231 = offered.stream().filter(e -> e.subMissionCode().equals("2.3.1")).findFirst().orElseThrow();
		CatalogueEntry e213 = offered.stream().filter(e -> e.subMissionCode().equals("2.1.3")).findFirst().orElseThrow();

		domain.getCommandStack().execute(CatalogueCommands.addCommand(domain, d2, List.of(e231, e213)));

		assertEquals(39, plan.projectCount());
		Project last231 = subMission("2.3.1").getProjects().get(subMission("2.3.1").getProjects().size() - 1);
		Project last213 = subMission("2.1.3").getProjects().get(subMission("2.1.3").getProjects().size() - 1);
		assertEquals(38, last231.getSeq());
		assertEquals(39, last213.getSeq());
		assertTrue(d2.getProjects().isEmpty(), "nothing lands on the dimension itself");
	}

	@Test
	void entryOfAMissingSubMissionLandsOnTheSelectedMission() {
		// the sample has no sub-mission 2.2.1: an entry for it goes to mission 2.2, and no sub-mission is created
		CatalogueEntry missing = new CatalogueEntry("2.2.1", ProjectKind.ACTIVITY, "กิจกรรมทดสอบ", "Test activity",
				List.of("output"), List.of(), null, null, "test");
		Mission m22 = mission("2.2");
		int subMissions = m22.getSubMissions().size();
		int before = m22.getProjects().size();

		domain.getCommandStack().execute(CatalogueCommands.addCommand(domain, m22, List.of(missing)));

		assertEquals(before + 1, m22.getProjects().size());
		assertEquals(38, m22.getProjects().get(before).getSeq());
		assertEquals(subMissions, m22.getSubMissions().size());
		assertEquals(38, plan.projectCount());
	}

	@Test
	void codesMatchOnDotBoundaries() {
		assertEquals(List.of(), CatalogueCommands.entriesUnder(nacc, "2.2.22"));
		assertEquals(12, CatalogueCommands.entriesUnder(nacc, "2.2").size()); // 2.2.2: 11, 2.2.3: 1
		assertEquals(List.of(), CatalogueCommands.entriesUnder(null, "2.2"));
	}

	@Test
	void nothingChosenIsNotExecutable() {
		assertFalse(CatalogueCommands.addCommand(domain, subMission("2.2.2"), List.of()).canExecute());
	}

	@Test
	void thaiMessagesSurviveNls() throws Exception {
		java.util.Properties th = new java.util.Properties();
		try (var in = org.sujarit.ui.catalogue.Messages.class.getResourceAsStream("messages_th.properties")) {
			th.load(in);
		}
		assertEquals("\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e08\u0e32\u0e01\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07",
				th.getProperty("dialogTitle"));
	}
}
