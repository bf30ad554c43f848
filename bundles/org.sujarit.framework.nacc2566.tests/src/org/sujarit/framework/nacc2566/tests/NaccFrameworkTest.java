package org.sujarit.framework.nacc2566.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.framework.MissionDescriptor;
import org.sujarit.framework.SubMissionDescriptor;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The NACC framework as the installed plug-in contributes it, against the seed JSON. */
class NaccFrameworkTest {

	private static FrameworkDescriptor nacc() {
		FrameworkDescriptor f = FrameworkRegistry.getDefault().find(SeedPlan.FRAMEWORK_ID, SeedPlan.FRAMEWORK_VERSION);
		assertNotNull(f, "NACC framework not contributed; problems: " + FrameworkRegistry.getDefault().getProblems());
		return f;
	}

	@Test
	void frameworkIdentity() {
		FrameworkDescriptor f = nacc();
		assertEquals("org.sujarit.framework.nacc2566", f.getContributor());
		assertEquals(2566, f.getFirstYear());
		assertEquals(2570, f.getLastYear());
		assertEquals(3, f.getRules().stream().filter(r -> r.getContributor().equals(f.getContributor())).count());
		assertTrue(FrameworkRegistry.getDefault().getProblems().isEmpty(),
				FrameworkRegistry.getDefault().getProblems().toString());
	}

	@Test
	void codesAndNamesMatchTheSeed() {
		FrameworkDescriptor f = nacc();
		List<DimensionDescriptor> own = f.getDimensions().stream()
				.filter(d -> d.contributor().equals(f.getContributor())).toList();
		List<String> seedSubMissions = new ArrayList<>();
		int d = 0;
		for (JsonElement de : SeedPlan.json().getAsJsonArray("dimensions")) {
			JsonObject dj = de.getAsJsonObject();
			DimensionDescriptor dd = own.get(d++);
			assertEquals(dj.get("number").getAsString(), dd.code());
			assertEquals(dj.get("name").getAsString(), dd.name());
			assertEquals(dj.get("nameEn").getAsString(), dd.nameEn());
			assertTrue(dd.required());
			int m = 0;
			for (JsonElement me : dj.getAsJsonArray("missions")) {
				JsonObject mj = me.getAsJsonObject();
				MissionDescriptor md = dd.missions().get(m++);
				assertEquals(mj.get("code").getAsString(), md.code());
				assertEquals(mj.get("name").getAsString(), md.name());
				assertEquals(mj.get("nameEn").getAsString(), md.nameEn());
				for (JsonElement se : mj.getAsJsonArray("subMissions")) {
					JsonObject sj = se.getAsJsonObject();
					SubMissionDescriptor sd = md.findSubMission(sj.get("code").getAsString());
					assertNotNull(sd, sj.get("code").getAsString());
					assertTrue(sd.nameKnown());
					assertEquals(sj.get("name").getAsString(), sd.name());
					assertEquals(sj.get("nameEn").getAsString(), sd.nameEn());
					seedSubMissions.add(sd.code());
				}
			}
			assertEquals(m, dd.missions().size());
		}
		assertEquals(4, own.size());
		assertEquals(23, seedSubMissions.size());

		// the codes the seed's numbering skips exist, marked as not named, and nothing else was added
		List<String> unnamed = new ArrayList<>();
		int all = 0;
		for (DimensionDescriptor dd : own) {
			for (MissionDescriptor md : dd.missions()) {
				for (SubMissionDescriptor sd : md.subMissions()) {
					all++;
					if (!sd.nameKnown()) {
						unnamed.add(sd.code());
						assertNull(sd.name());
						assertNull(sd.nameEn());
					}
				}
			}
		}
		assertEquals(List.of("1.2.1", "1.2.2", "2.1.2", "2.2.1"), unnamed);
		assertEquals(27, all);
		assertEquals("1.2", f.missionOfSubMission("1.2.3").code());
		assertEquals(List.of("1.2.1", "1.2.2", "1.2.3"),
				f.findMission("1.2").subMissions().stream().map(SubMissionDescriptor::code).toList());
	}

	@Test
	void catalogueHoldsTheSeedsProjects() {
		FrameworkDescriptor f = nacc();
		List<CatalogueEntry> own = f.getCatalogue().stream().filter(e -> e.contributor().equals(f.getContributor()))
				.toList();
		assertEquals(37, own.size());
		int i = 0;
		for (JsonElement de : SeedPlan.json().getAsJsonArray("dimensions")) {
			for (JsonElement me : de.getAsJsonObject().getAsJsonArray("missions")) {
				for (JsonElement se : me.getAsJsonObject().getAsJsonArray("subMissions")) {
					String code = se.getAsJsonObject().get("code").getAsString();
					for (JsonElement pe : se.getAsJsonObject().getAsJsonArray("projects")) {
						JsonObject pj = pe.getAsJsonObject();
						CatalogueEntry e = own.get(i++);
						assertEquals(code, e.subMissionCode());
						assertEquals(SeedPlan.kind(pj.get("kind").getAsString()), e.kind());
						assertEquals(pj.get("name").getAsString(), e.name());
						assertEquals(pj.get("nameEn").getAsString(), e.nameEn());
						assertEquals(pj.getAsJsonArray("outputs").size(), e.outputs().size());
						assertEquals(pj.getAsJsonArray("outputs").get(0).getAsJsonObject().get("text").getAsString(),
								e.outputs().get(0));
						assertEquals(pj.getAsJsonArray("outcomes").size(), e.outcomes().size());
						assertEquals("seed seq " + pj.get("seq").getAsInt(), e.source());
					}
				}
			}
		}
		assertEquals(11, f.getCatalogue("2.2.2").size());
		assertTrue(f.getCatalogue("1.2.1").isEmpty());
		assertFalse(Set.of(f.getCatalogue("2.2.2").get(0).createProject().getName()).isEmpty());
	}
}
