package org.sujarit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sujarit.importer.ImportException;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Plan;
import org.sujarit.model.ResultStatus;
import org.sujarit.model.RoundKind;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;

/**
 * The committed samples are exactly what the importer makes from the seed data: re-importing gives byte-identical
 * files. {@code releng/make-samples} runs this test with {@code -Dsujarit.samples.write=true} to re-create them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamplesTest {

	static final String SAMPLE_2566 = "phitsanulok-2566-2570.sujarit";
	static final String SAMPLE_2565 = "phitsanulok-2565.sujarit";

	private static final boolean WRITE = Boolean.getBoolean("sujarit.samples.write");

	static Plan make2566() throws ImportException {
		return SeedImporter.importFile(Seed.file("plan-2566-2570.json"));
	}

	/**
	 * The 2565 tables do not name their organization; the seed README says every file is the Phitsanulok PAO's, so
	 * the sample takes the organization from the plan JSON of the same seed.
	 */
	static Plan make2565() throws ImportException {
		Plan plan = SeedImporter.importFile(Seed.file("plan-2565.csv"));
		plan.setOrganization(EcoreUtil.copy(make2566().getOrganization()));
		return plan;
	}

	@Test
	@Order(1)
	void sample2566IsReCreatable() throws Exception {
		check(make2566(), SAMPLE_2566);
	}

	@Test
	@Order(2)
	void sample2565IsReCreatable() throws Exception {
		check(make2565(), SAMPLE_2565);
	}

	@Test
	@Order(3) // after the samples were (re)written
	void samplesCarryTheSeedFigures() throws PlanLoadException {
		Plan p2566 = PlanResources.loadPlan(samples().resolve(SAMPLE_2566));
		assertEquals(37, p2566.projectCount());
		assertEquals(0, new BigDecimal("132640").compareTo(p2566.totalBudget(2568)));
		assertEquals(10, p2566.getUnits().size());
		Plan p2565 = PlanResources.loadPlan(samples().resolve(SAMPLE_2565));
		assertEquals(38, p2565.projectCount());
		assertEquals(new BigDecimal("275145.00"), p2565.totalBudget(2565));
		assertEquals(33, p2565.findRound(2565, RoundKind.TWELVE_MONTHS).countByStatus(ResultStatus.DONE));
		assertEquals("องค์การบริหารส่วนจังหวัดพิษณุโลก", p2565.getOrganization().getName());
	}

	@Test
	@Order(4)
	void xmiRoundTripOfTheSeedPlansLosesNothing() throws Exception {
		for (Plan plan : new Plan[] { make2566(), make2565() }) {
			Path file = Seed.out("roundtrip-" + plan.getFirstYear() + ".sujarit");
			PlanResources.save(plan, file);
			Plan loaded = PlanResources.loadPlan(file);
			assertTrue(new EcoreUtil.EqualityHelper().equals(plan, loaded), "round trip of " + plan.getTitle());
		}
	}

	private static Path samples() {
		return Seed.root().resolve("samples");
	}

	private static void check(Plan plan, String name) throws IOException {
		Path fresh = Seed.out(name);
		PlanResources.save(plan, fresh);
		byte[] bytes = Files.readAllBytes(fresh);
		// saving the same plan again gives the same bytes
		PlanResources.save(plan.eResource());
		assertArrayEquals(bytes, Files.readAllBytes(fresh), "saving twice must give the same bytes");
		Path committed = samples().resolve(name);
		if (WRITE) {
			Files.createDirectories(committed.getParent());
			Files.write(committed, bytes);
			return;
		}
		assertTrue(Files.exists(committed), committed + " is missing: run releng/make-samples");
		assertArrayEquals(Files.readAllBytes(committed), bytes,
				name + " differs from what the importer makes now: run releng/make-samples and commit");
	}
}
