package org.sujarit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.importer.ImportException;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanResources;

/** Bad input gives an ImportException that names the file (and line) in English and Thai, never a stack trace. */
class ImportErrorsTest {

	private static final Locale THAI = Locale.forLanguageTag("th");
	private static final String HEADER = "seq,name,dimension,budget,q1,q2,q3,q4,remark\n";

	@TempDir
	Path dir;

	@Test
	void missingFile() {
		Path f = dir.resolve("nothing-here.json");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(f));
		assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		assertTrue(e.getMessage(THAI).contains("ไม่พบไฟล์"), e.getMessage(THAI));
	}

	@Test
	void wrongShape() throws Exception {
		Path json = Files.writeString(dir.resolve("x.json"), "{\"something\": [1, 2]}");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(json));
		assertTrue(e.getMessage().contains("neither a plan JSON"), e.getMessage());
		Path csv = Files.writeString(dir.resolve("x-2565.csv"), "a,b,c\n1,2,3\n");
		e = assertThrows(ImportException.class, () -> SeedImporter.importFile(csv));
		assertTrue(e.getMessage(THAI).contains("ไม่ใช่แผนแบบ JSON"), e.getMessage(THAI));
		Path broken = Files.writeString(dir.resolve("broken.json"), "{\"plan\": {\"dimensions\": [");
		e = assertThrows(ImportException.class, () -> SeedImporter.importFile(broken));
		assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
	}

	@Test
	void projectWithoutKindNamesTheField() throws Exception {
		Path json = Files.writeString(dir.resolve("p.json"), """
				{"plan": {"title": "t", "years": [2566], "dimensions": [{"number": 1, "missions": [
				  {"code": "1.1", "subMissions": [{"code": "1.1.1", "projects": [{"seq": 1, "name": "x"}]}]}]}]}}
				""");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(json));
		assertTrue(e.getMessage().contains("plan.dimensions[0].missions[0].subMissions[0].projects[0]"), e.getMessage());
		assertTrue(e.getMessage().contains("\"kind\""), e.getMessage());
	}

	@Test
	void coverageOfAnUnknownSubMission() throws Exception {
		Path json = Files.writeString(dir.resolve("c.json"), """
				{"plan": {"title": "t", "years": [2566], "dimensions": [{"number": 1, "missions": [
				  {"code": "1.1", "subMissions": [{"code": "1.1.1", "projects": [
				    {"seq": 4, "kind": "มาตรการ", "name": "x", "coversSubMissions": ["1.1.1", "9.9.9"]}]}]}]}]}}
				""");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(json));
		assertTrue(e.getMessage().contains("\"9.9.9\""), e.getMessage());
		assertTrue(e.getMessage(THAI).contains("โครงการลำดับที่ 4"), e.getMessage(THAI));
	}

	@Test
	void badRowNamesTheLine() throws Exception {
		Path csv = Files.writeString(dir.resolve("plan-2565.csv"),
				HEADER + "1,โครงการหนึ่ง,1,100.00,1,0,0,0,\n2,กิจกรรมสอง,1,abc,0,1,0,0,\n");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(csv));
		assertEquals(3, e.getLine());
		assertTrue(e.getMessage().contains("line 3"), e.getMessage());
		assertTrue(e.getMessage().contains("\"budget\""), e.getMessage());
		assertTrue(e.getMessage(THAI).contains("บรรทัดที่ 3"), e.getMessage(THAI));
	}

	@Test
	void rowWithTooFewFieldsAndUnclosedQuote() throws Exception {
		Path csv = Files.writeString(dir.resolve("plan-2565.csv"), HEADER + "1,โครงการหนึ่ง,1,100.00\n");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(csv));
		assertEquals(2, e.getLine());
		Path quoted = Files.writeString(dir.resolve("plan-2564.csv"), HEADER + "1,\"โครงการ,1,0.00,1,0,0,0,\n");
		e = assertThrows(ImportException.class, () -> SeedImporter.importFile(quoted));
		assertTrue(e.getMessage().contains("not closed"), e.getMessage());
	}

	@Test
	void resultsForAnUnknownProjectNameTheLine() throws Exception {
		Path plan = Files.writeString(dir.resolve("plan-2565.csv"), HEADER + "1,โครงการหนึ่ง,1,100.00,1,0,0,0,\n");
		Path results = Files.writeString(dir.resolve("report-2565-12m.csv"),
				"seq,name,dimension,budget,disbursed,status,remark\n1,a,1,100.00,50.00,done,\n7,b,1,0.00,0.00,done,\n");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(plan));
		assertEquals(3, e.getLine());
		assertTrue(e.getMessage().contains("sequence number 7"), e.getMessage());
		// results alone are refused with a hint
		e = assertThrows(ImportException.class, () -> SeedImporter.importFile(results));
		assertTrue(e.getMessage().contains("together with its plan"), e.getMessage());
	}

	@Test
	void unknownStatus() throws Exception {
		Files.writeString(dir.resolve("plan-2565.csv"), HEADER + "1,โครงการหนึ่ง,1,100.00,1,0,0,0,\n");
		Files.writeString(dir.resolve("report-2565-12m.csv"),
				"seq,name,dimension,budget,disbursed,status,remark\n1,a,1,100.00,50.00,finished,\n");
		ImportException e = assertThrows(ImportException.class,
				() -> SeedImporter.importFile(dir.resolve("plan-2565.csv")));
		assertTrue(e.getMessage().contains("unknown status \"finished\""), e.getMessage());
	}

	@Test
	void planCsvWithoutYearInItsName() throws Exception {
		Path csv = Files.writeString(dir.resolve("plan.csv"), HEADER + "1,โครงการหนึ่ง,1,100.00,1,0,0,0,\n");
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter.importFile(csv));
		assertTrue(e.getMessage().contains("fiscal year"), e.getMessage());
	}

	@Test
	void twoPlansAtOnceAreRefused() {
		ImportException e = assertThrows(ImportException.class, () -> SeedImporter
				.importFiles(List.of(Seed.file("plan-2565.csv"), Seed.file("plan-2566-2570.json"))));
		assertTrue(e.getMessage().contains("Only one plan"), e.getMessage());
	}

	@Test
	void commandLine() throws Exception {
		Path out = dir.resolve("sub/plan.sujarit");
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int rc = SeedImporter.run(new String[] { "--from", Seed.file("plan-2565.csv").toString(), "--out",
				out.toString() }, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertEquals(0, rc, stderr.toString(StandardCharsets.UTF_8));
		Plan plan = PlanResources.loadPlan(out);
		assertEquals(38, plan.projectCount());
		assertEquals(1, plan.getResultsRounds().size());

		rc = SeedImporter.run(new String[] { "--from" }, new PrintStream(stdout), new PrintStream(stderr));
		assertEquals(2, rc);
		stderr.reset();
		rc = SeedImporter.run(new String[] { "--from", dir.resolve("missing.csv").toString(), "--out",
				out.toString() }, new PrintStream(stdout), new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertEquals(1, rc);
		assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("missing.csv"));
		assertEquals(38, PlanResources.loadPlan(out).projectCount(), "a failed import leaves the old file alone");
	}
}
