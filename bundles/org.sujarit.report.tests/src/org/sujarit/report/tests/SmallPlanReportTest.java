package org.sujarit.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.RoundKind;
import org.sujarit.report.ReportException;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;

/** Every table of a small hand-made plan, as PDF and HTML; expected figures worked out by hand (TestPlans). */
class SmallPlanReportTest {
	static Plan plan;
	static Path out;

	@BeforeAll
	static void setUp() throws Exception {
		plan = TestPlans.small();
		out = PdfTools.outDir("small");
	}

	static Path render(ReportRequest request, String name) throws Exception {
		Path file = out.resolve(name + "." + request.format().extension());
		try (OutputStream os = Files.newOutputStream(file)) {
			ReportService.getDefault().render(plan, request, os, null);
		}
		return file;
	}

	@Test
	void summaryPdf() throws Exception {
		Path pdf = render(ReportRequest.of(ReportTable.SUMMARY, ReportFormat.PDF), "summary");
		String text = PdfTools.text(pdf);
		Files.writeString(out.resolve("summary.txt"), text);
		assertTrue(text.contains("-ร่าง-"), text);
		assertTrue(text.contains("(พ.ศ. ๒๕๖๖ - ๒๕๗๐)"), text);
		assertTrue(text.contains("องค์การบริหารส่วนจังหวัดทดสอบ"), text);
		assertTrue(text.contains("๗๒,๒๔๐"), text);
		assertTrue(text.contains("ไม่ใช้งบฯ"), text);
		assertTrue(text.contains("ไตรมาสที่ ๑-๔"), text);
		assertTrue(text.contains("ไตรมาสที่ ๒,๔"), text);
		assertTrue(text.contains("สำนักปลัดฯ"), text);
		assertTrue(text.contains("จำนวน ๒ โครงการ"), "dimension 1 subtotal\n" + text);
		assertTrue(text.contains("จำนวน ๑ โครงการ"), "dimension 2 subtotal\n" + text);
		assertTrue(text.contains("จำนวน ๓ โครงการ"), "grand total\n" + text);
		assertTrue(text.contains("รวมทั้งสิ้น"), text);
		for (String header : new String[] { "มิติ", "ภารกิจตามมิติ", "งบประมาณ (บาท)", "๒๕๖๖", "๒๕๖๘", "๒๕๗๐",
				"หมายเหตุ" }) {
			assertTrue(text.contains(header), "header from official.properties: " + header + "\n" + text);
		}
		// dimension and mission cells print once per group (two projects share them)
		assertEquals(1, count(text, "๑. การ"), text);
		assertEquals(1, count(text, "๑.๑ การ"), text);
		assertEquals(1, count(text, "๒. การ"), text);
		assertTrue(text.contains("๑) "), text);
		assertTrue(text.contains("๓) "), text);
		assertTrue(text.contains("ป้องกัน"), "tone marks intact\n" + text);
		assertTrue(text.contains("เจ้าหน้าที่"), "tone marks intact\n" + text);
		assertFalse(text.matches("(?s).*[0-9].*"), "Thai digits only\n" + text);
		String fonts = PdfTools.fonts(pdf);
		assertTrue(fonts.contains("Laksaman"), fonts);
		assertTrue(fonts.lines().filter(l -> l.contains("Laksaman")).allMatch(l -> l.contains(" yes yes yes ")),
				"Laksaman embedded as a subset with ToUnicode\n" + fonts);
	}

	/** The year columns are the plan's own years: 3 and 7 years print every column, totals in each. */
	@Test
	void summaryOfThreeAndSevenYears() throws Exception {
		for (int last : new int[] { 2568, 2572 }) {
			int years = last - 2566 + 1;
			Path file = out.resolve("summary-" + years + "y.pdf");
			try (OutputStream os = Files.newOutputStream(file)) {
				ReportService.getDefault().render(TestPlans.small(2566, last),
						ReportRequest.of(ReportTable.SUMMARY, ReportFormat.PDF).withDigits(DigitStyle.ARABIC), os,
						null);
			}
			PdfTools.png(file, out.resolve("summary-" + years + "y"), 60, 1, 1);
			String text = PdfTools.text(file);
			Files.writeString(out.resolve("summary-" + years + "y.txt"), text);
			for (int y = 2566; y <= last; y++) {
				assertTrue(text.contains(String.valueOf(y)), "year column " + y + "\n" + text);
			}
			assertFalse(text.contains(String.valueOf(last + 1)), text);
			assertFalse(text.contains("2565"), text);
			// seq 1: 72,240 a year in its row, in the dimension-1 subtotal and in the grand total
			assertEquals(3 * years, count(text, "72,240"), text);
			assertTrue(text.contains("(พ.ศ. 2566 - " + last + ")"), text);
			assertTrue(text.contains("จำนวน 2 โครงการ"), text);
			assertTrue(text.contains("จำนวน 3 โครงการ"), text);
		}
	}

	@Test
	void summaryArabicDigits() throws Exception {
		Path pdf = render(ReportRequest.of(ReportTable.SUMMARY, ReportFormat.PDF).withDigits(DigitStyle.ARABIC),
				"summary-arabic");
		String text = PdfTools.text(pdf);
		assertTrue(text.contains("72,240"), text);
		assertTrue(text.contains("ไตรมาสที่ 1-4"), text);
		assertFalse(text.matches("(?s).*[๐-๙].*"), "no Thai digits\n" + text);
	}

	@Test
	void annualPdfAndHtml() throws Exception {
		Path pdf = render(ReportRequest.of(ReportTable.ANNUAL, ReportFormat.PDF).withYear(2566), "annual");
		String text = PdfTools.text(pdf);
		Files.writeString(out.resolve("annual.txt"), text);
		assertTrue(text.contains("๗๒,๒๔๐.๐๐"), text);
		assertTrue(text.contains("๐.๐๐"), text);
		// quarter totals: Q1 1 (seq 2), Q2 2 (seq 2, 3), Q3 1 (seq 2), Q4 3 (all)
		assertTrue(text.matches("(?s).*รวมทั้งสิ้น\\s+๗๒,๒๔๐\\.๐๐\\s+๑\\s+๒\\s+๑\\s+๓.*"), text);
		assertTrue(text.contains("แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๖ ของ องค์การบริหารส่วนจังหวัดทดสอบ"), text);
		Path html = render(ReportRequest.of(ReportTable.ANNUAL, ReportFormat.HTML).withYear(2566), "annual");
		String h = PdfTools.htmlText(Files.readString(html, StandardCharsets.UTF_8));
		assertTrue(h.contains("๗๒,๒๔๐.๐๐"), h);
		assertTrue(h.contains("\u2713"), h);
	}

	@Test
	void resultsPdf() throws Exception {
		Path pdf = render(ReportRequest.of(ReportTable.RESULTS, ReportFormat.PDF), "results");
		String text = PdfTools.text(pdf);
		Files.writeString(out.resolve("results.txt"), text);
		assertTrue(text.contains("- ดำเนินการแล้วเสร็จ จำนวน ๑ โครงการ"), text);
		assertTrue(text.contains("- อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ"), text);
		assertTrue(text.contains("- รอรายงาน จำนวน ๑ โครงการ"), text);
		assertTrue(text.contains("- รวม ๓ โครงการ"), text);
		assertFalse(text.contains("- ไม่สามารถดำเนินการได้"), "zero cannot-do line is left out\n" + text);
		assertTrue(text.contains("๕๐,๐๐๐.๕๐"), text);
		assertTrue(text.contains("รอบ ๑๒ เดือน"), text);
		assertTrue(text.contains("(ผลการดำเนินการตั้งแต่ ๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖)"), text);
	}

	@Test
	void sheetsPdfOnePagePerProject() throws Exception {
		Path pdf = render(ReportRequest.of(ReportTable.SHEETS, ReportFormat.PDF), "sheets");
		String text = PdfTools.text(pdf);
		Files.writeString(out.resolve("sheets.txt"), text);
		for (String heading : new String[] { "๑. ชื่อโครงการ :", "๒. หลักการและเหตุผล", "๓. วัตถุประสงค์",
				"๔. กลุ่มเป้าหมาย", "๕. วิธีดำเนินการ", "๖. ระยะเวลาดำเนินการ", "๗. งบประมาณดำเนินการ",
				"๘. ผู้รับผิดชอบ", "๙. ผลผลิต/ผลลัพธ์" }) {
			assertEquals(3, count(text, heading), heading + "\n" + text);
		}
		assertTrue(text.contains("จำนวน ๗๒,๒๔๐ บาท (เจ็ดหมื่นสองพันสองร้อยสี่สิบบาทถ้วน)"), text);
		assertTrue(text.contains("ไม่ใช้งบประมาณ"), text);
		assertTrue(text.contains("ฝ่ายนิติการ สำนักปลัดองค์การบริหารส่วนจังหวัด"), text);
		assertTrue(text.contains("มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต"), text);
		int pages = PdfTools.pages(pdf);
		assertTrue(pages >= 3, "at least one page per project: " + pages);
		for (int p = 1; p <= pages; p++) {
			String page = PdfTools.run("pdftotext", "-layout", "-f", "" + p, "-l", "" + p, pdf.toString(), "-");
			assertTrue(count(page, "ลำดับที่") <= 1, "each project starts a new page\n" + page);
		}
	}

	@Test
	void docxIsAWordDocumentWithTheFigures() throws Exception {
		Path docx = render(ReportRequest.of(ReportTable.ANNUAL, ReportFormat.DOCX).withYear(2566), "annual");
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
			java.util.zip.ZipEntry doc = zip.getEntry("word/document.xml");
			assertTrue(doc != null, "word/document.xml in the DOCX");
			String xml = new String(zip.getInputStream(doc).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(xml.contains("๗๒,๒๔๐.๐๐"), "budget in Thai digits");
			assertTrue(xml.contains("มาตรการเจ้าหน้าที่โปร่งใส"), "Thai text intact");
		}
	}

	@Test
	void yearOutsidePlanIsAClearError() {
		ReportException e = assertThrows(ReportException.class, () -> ReportService.getDefault().render(plan,
				ReportRequest.of(ReportTable.ANNUAL, ReportFormat.PDF).withYear(2580), OutputStream.nullOutputStream(),
				null));
		assertTrue(e.getMessage().contains("2580"), e.getMessage());
		ReportException r = assertThrows(ReportException.class,
				() -> ReportService.getDefault().render(plan, ReportRequest.of(ReportTable.RESULTS, ReportFormat.PDF)
						.withYear(2567).withRound(RoundKind.SIX_MONTHS), OutputStream.nullOutputStream(), null));
		assertTrue(r.getMessage().contains("2567"), r.getMessage());
	}

	static int count(String text, String s) {
		int n = 0;
		for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
			n++;
		}
		return n;
	}
}
