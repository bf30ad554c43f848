package org.sujarit.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.model.io.PlanResources;
import org.sujarit.publish.PublishException;
import org.sujarit.publish.PublishProblem;
import org.sujarit.publish.SitePublisher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Publishes both sample plans together and checks the site as a reader and a crawler would. Expected figures are
 * the seed's (official-tables.md): 132,640 baht in each year 2566–2570, 37 projects; the 2565 12-month round has
 * 33 completed, 3 in progress, 2 awaiting report, 38 in all.
 */
class SamplesSiteTest {
	static Plan plan5;
	static Plan plan2565;
	static Path work;
	static Path site;
	static SitePublisher.Result first;

	@BeforeAll
	static void publish() throws Exception {
		Path root = Path.of(System.getProperty("sujarit.root", "../.."));
		plan5 = PlanResources.loadPlan(root.resolve("samples/phitsanulok-2566-2570.sujarit"));
		plan2565 = PlanResources.loadPlan(root.resolve("samples/phitsanulok-2565.sujarit"));
		work = Path.of("target/site-test").toAbsolutePath();
		if (Files.exists(work)) {
			try (Stream<Path> s = Files.walk(work)) {
				for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		Files.createDirectories(work);
		site = work.resolve("site");
		first = SitePublisher.publish(List.of(plan5, plan2565), List.of(), site, null, null);
	}

	@Test
	void everyPageParsesAndEveryLinkResolves() throws Exception {
		SiteChecker c = new SiteChecker(site);
		List<String> problems = c.check();
		assertTrue(problems.isEmpty(), String.join("\n", problems));
		// Thai and English: index, search, 4+4 dimensions, 37+38 projects
		assertEquals(2 * (2 + 8 + 37 + 38), c.pages.size());
		assertEquals("th", c.page("index.html").getDocumentElement().getAttribute("lang"));
		assertEquals("en", c.page("en/index.html").getDocumentElement().getAttribute("lang"));
	}

	@Test
	void indexShowsTheBudgetOfEveryYearInThaiDigits() throws Exception {
		Element section = section(new SiteChecker(site).page("index.html"), "plan-2566-2570");
		Element table = SiteChecker.byClass(section, "table", "figures").get(0);
		List<String> head = texts(SiteChecker.elements(SiteChecker.elements(table, "thead").get(0), "th"));
		assertEquals(List.of("มิติ", "จำนวนโครงการ", "ปี ๒๕๖๖", "ปี ๒๕๖๗", "ปี ๒๕๖๘", "ปี ๒๕๖๙", "ปี ๒๕๗๐"), head);
		Element foot = SiteChecker.elements(table, "tfoot").get(0);
		assertEquals(List.of("๓๗", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐"),
				texts(SiteChecker.elements(foot, "td")));
		// dimension 1 carries the whole budget; dimensions 2-4 have 19, 2 and 7 projects without budget
		List<Element> rows = SiteChecker.elements(SiteChecker.elements(table, "tbody").get(0), "tr");
		assertEquals(List.of("๙", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐", "๑๓๒,๖๔๐"),
				texts(SiteChecker.elements(rows.get(0), "td")));
		assertEquals(List.of("๑๙", "๐", "๐", "๐", "๐", "๐"), texts(SiteChecker.elements(rows.get(1), "td")));
		// the English index prints Arabic digits
		Element en = section(new SiteChecker(site).page("en/index.html"), "plan-2566-2570");
		Element enFoot = SiteChecker.elements(SiteChecker.byClass(en, "table", "figures").get(0), "tfoot").get(0);
		assertEquals("132,640", texts(SiteChecker.elements(enFoot, "td")).get(1));
	}

	@Test
	void indexShowsTheLatestResultsRound() throws Exception {
		Element section = section(new SiteChecker(site).page("index.html"), "plan-2565");
		Element status = SiteChecker.byClass(section, "table", "status").get(0);
		assertTrue(SiteChecker.elements(status, "caption").get(0).getTextContent().contains("รอบ ๑๒ เดือน"));
		Map<String, String> counts = new TreeMap<>();
		for (Element tr : SiteChecker.elements(status, "tr")) {
			List<Element> th = SiteChecker.elements(tr, "th");
			List<Element> td = SiteChecker.elements(tr, "td");
			if (!td.isEmpty()) {
				counts.put(th.get(0).getTextContent(), td.get(0).getTextContent());
			}
		}
		assertEquals("๓๓", counts.get("ดำเนินการแล้วเสร็จ"));
		assertEquals("๓", counts.get("อยู่ระหว่างดำเนินการ"));
		assertEquals("๒", counts.get("รอรายงาน"));
		assertEquals("๓๘", counts.get("รวม"));
		assertFalse(counts.containsKey("ไม่สามารถดำเนินการได้"), "a zero line is not printed");
		assertTrue(section.getTextContent().contains("เบิกจ่าย ๘๙,๑๔๑.๔๐ บาท จากงบประมาณ ๒๗๕,๑๔๕.๐๐ บาท"),
				section.getTextContent());
	}

	@Test
	void indexLinksEveryDocumentTheAssessmentAsksFor() throws Exception {
		Document index = new SiteChecker(site).page("index.html");
		Map<String, String> links = new TreeMap<>();
		for (Element a : SiteChecker.elements(index, "a")) {
			if (a.getAttribute("href").startsWith("docs/")) {
				links.put(a.getAttribute("href"), a.getTextContent());
			}
		}
		assertEquals(List.of("docs/plan-2565-plan.pdf", "docs/plan-2565-results-2565-12.pdf",
				"docs/plan-2566-2570-plan.pdf", "docs/plan-2566-2570-sheets.pdf"), new ArrayList<>(links.keySet()));
		assertTrue(links.get("docs/plan-2566-2570-plan.pdf").startsWith("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐"));
		assertTrue(links.get("docs/plan-2565-results-2565-12.pdf").startsWith("รายงานผลการดำเนินงาน รอบ ๑๒ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕"));
		// the 6-month report of 2565 was never recorded: said, not linked
		assertTrue(index.getDocumentElement().getTextContent()
				.contains("รายงานผลการดำเนินงาน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕: ยังไม่มีการรายงาน"));
		for (String pdf : links.keySet()) {
			byte[] head = new byte[5];
			System.arraycopy(Files.readAllBytes(site.resolve(pdf)), 0, head, 0, 5);
			assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII), pdf);
		}
	}

	@Test
	void everyProjectHasItsPage() throws Exception {
		SiteChecker c = new SiteChecker(site);
		for (Project p : plan5.getAllProjects()) {
			for (String lang : List.of("", "en/")) {
				Document d = c.page(lang + "plan-2566-2570-project-" + p.getSeq() + ".html");
				assertNotNull(d, "page of project " + p.getSeq());
				assertTrue(SiteChecker.elements(d, "h1").get(0).getTextContent().contains(p.getName().trim()));
			}
		}
		try (Stream<Path> s = Files.list(site)) {
			assertEquals(37, s.filter(f -> f.getFileName().toString().matches("plan-2566-2570-project-\\d+\\.html"))
					.count());
		}
		// seq 3 of the seed: 72,240 baht a year, eight methods' worth of sheet, responsible unit กองการเจ้าหน้าที่
		Document p3 = c.page("plan-2566-2570-project-3.html");
		String text = p3.getDocumentElement().getTextContent();
		assertTrue(text.contains("๗๒,๒๔๐"), "budget in Thai digits");
		assertTrue(text.contains("หลักการและเหตุผล") && text.contains("วัตถุประสงค์") && text.contains("กลุ่มเป้าหมาย")
				&& text.contains("วิธีดำเนินการ") && text.contains("ผลผลิต/ผลลัพธ์และค่าเป้าหมาย"));
		assertTrue(text.contains("กองการเจ้าหน้าที่"));
		// a 2565 project shows its 12-month result: seq 7 was in progress
		String r7 = c.page("plan-2565-project-7.html").getDocumentElement().getTextContent();
		assertTrue(r7.contains("รอบ ๑๒ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕") && r7.contains("อยู่ระหว่างดำเนินการ"), r7);
	}

	@Test
	void assetsSearchIndexAndSitemapAreWritten() throws Exception {
		for (String f : List.of("assets/site.css", "assets/search.js", "assets/search-index.js",
				"assets/fonts/Laksaman.ttf", "assets/fonts/LICENSE-Laksaman.txt", "assets/fonts/GPL-2.txt",
				"sitemap.xml")) {
			assertTrue(Files.size(site.resolve(f)) > 0, f);
		}
		String index = Files.readString(site.resolve("assets/search-index.js"));
		assertEquals(37 + 38, index.split("\"h\":").length - 1);
		assertTrue(index.contains("plan-2566-2570-project-3.html"));
		String sitemap = Files.readString(site.resolve("sitemap.xml"));
		assertEquals(2 * (2 + 8 + 37 + 38), sitemap.split("<loc>").length - 1);
		String css = Files.readString(site.resolve("assets/site.css"));
		assertFalse(css.contains("@import"));
	}

	@Test
	void republishingUnchangedRewritesNothing() throws Exception {
		Path again = work.resolve("again");
		SitePublisher.publish(List.of(plan5, plan2565), List.of(), again, null, null);
		FileTime before = Files.getLastModifiedTime(again.resolve("index.html"));
		Object inode = Files.getAttribute(again.resolve("docs/plan-2566-2570-sheets.pdf"), "unix:ino");
		SitePublisher.Result r = SitePublisher.publish(List.of(plan5, plan2565), List.of(), again, null, null);
		assertEquals(0, r.written());
		assertEquals(r.files(), r.unchanged());
		assertEquals(before, Files.getLastModifiedTime(again.resolve("index.html")));
		assertEquals(inode, Files.getAttribute(again.resolve("docs/plan-2566-2570-sheets.pdf"), "unix:ino"));

		byte[] pdf2565 = Files.readAllBytes(again.resolve("docs/plan-2565-plan.pdf"));
		Object inode2565 = Files.getAttribute(again.resolve("docs/plan-2565-plan.pdf"), "unix:ino");

		// one project renamed: its pages, the pages that list it, the index and the plan's PDFs change
		Plan changed = EcoreUtil.copy(plan5);
		Project p = changed.getAllProjects().get(20);
		p.setName("โครงการทดสอบ <b>ชื่อใหม่</b> & \"อัญประกาศ\"");
		r = SitePublisher.publish(List.of(changed, plan2565), List.of(), again, null, null);
		assertTrue(r.written() > 0 && r.written() < r.files() / 2, r.toString());
		Document d = new SiteChecker(again).page("plan-2566-2570-project-" + p.getSeq() + ".html");
		assertTrue(SiteChecker.elements(d, "h1").get(0).getTextContent().contains(p.getName()), "escaped, not markup");
		assertTrue(SiteChecker.elements(d, "b").isEmpty());
		assertArrayEquals(pdf2565, Files.readAllBytes(again.resolve("docs/plan-2565-plan.pdf")),
				"the unchanged plan's PDF is kept");
		assertEquals(inode2565, Files.getAttribute(again.resolve("docs/plan-2565-plan.pdf"), "unix:ino"));
		assertTrue(new SiteChecker(again).check().isEmpty());
		String index = Files.readString(again.resolve("assets/search-index.js"));
		assertTrue(index.contains("\\u003cb>") && index.contains("\\\"อัญประกาศ\\\""), "JSON-escaped in the index");
	}

	@Test
	void sitemapIsAbsoluteWithABaseUrlAndEnglishPagesMarkThaiContent() throws Exception {
		Path base = work.resolve("base");
		SitePublisher.publish(List.of(plan2565), List.of(), base, "https://www.example.go.th/ita", null);
		String sitemap = Files.readString(base.resolve("sitemap.xml"));
		assertTrue(sitemap.contains("<loc>https://www.example.go.th/ita/index.html</loc>"), sitemap);
		assertTrue(sitemap.contains("<loc>https://www.example.go.th/ita/en/plan-2565-project-38.html</loc>"));
		// the pages themselves never name the base URL (they work offline and on any host)
		assertTrue(new SiteChecker(base).check().isEmpty());
		Document en = new SiteChecker(site).page("en/plan-2566-2570-project-3.html");
		Element h1 = SiteChecker.elements(en, "h1").get(0);
		assertEquals("th", SiteChecker.elements(h1, "span").get(0).getAttribute("lang"));
	}

	@Test
	void badOutputFolderIsRefusedAndNothingIsTouched() throws Exception {
		Path file = work.resolve("a-file");
		Files.writeString(file, "keep me");
		PublishException e = assertThrows(PublishException.class,
				() -> SitePublisher.publish(List.of(plan2565), List.of(), file, null, null));
		assertEquals(PublishProblem.OUT_IS_FILE, e.getProblem());
		assertEquals("keep me", Files.readString(file));

		Path foreign = work.resolve("foreign");
		Files.createDirectories(foreign);
		Files.writeString(foreign.resolve("notes.txt"), "mine");
		e = assertThrows(PublishException.class,
				() -> SitePublisher.publish(List.of(plan2565), List.of(), foreign, null, null));
		assertEquals(PublishProblem.OUT_NOT_SITE, e.getProblem());
		assertEquals(List.of("notes.txt"), list(foreign));

		e = assertThrows(PublishException.class, () -> SitePublisher.publish(List.of(plan2565), List.of(),
				work.resolve("missing/site"), null, null));
		assertEquals(PublishProblem.OUT_PARENT_MISSING, e.getProblem());
		assertFalse(Files.exists(work.resolve("missing")));
	}

	@Test
	void aFailureHalfWayLeavesTheOldSiteAsItWas() throws Exception {
		Path keep = work.resolve("keep");
		SitePublisher.publish(List.of(plan2565), List.of(), keep, null, null);
		List<String> before = list(keep);
		byte[] index = Files.readAllBytes(keep.resolve("index.html"));
		PublishException e = assertThrows(PublishException.class,
				() -> SitePublisher.publish(List.of(plan5, plan2565), List.of(monitor -> {
					throw new PublishException(PublishProblem.WRITE_FAILED, null, "meeting", "test");
				}), keep, null, null));
		assertEquals(PublishProblem.WRITE_FAILED, e.getProblem());
		assertEquals(before, list(keep));
		assertArrayEquals(index, Files.readAllBytes(keep.resolve("index.html")));
		try (Stream<Path> s = Files.list(work)) {
			assertTrue(s.noneMatch(f -> f.getFileName().toString().matches("\\.keep\\..*\\.(tmp|old)")),
					"no temporary folder left");
		}
	}

	private static List<String> list(Path dir) throws Exception {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
		}
	}

	private static Element section(Document d, String id) {
		Element e = SiteChecker.findId(d, id);
		assertNotNull(e, id);
		return e;
	}

	private static List<String> texts(List<Element> es) {
		List<String> out = new ArrayList<>();
		for (Element e : es) {
			out.add(e.getTextContent().trim());
		}
		return out;
	}
}
