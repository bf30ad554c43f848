package org.sujarit.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.RoundKind;
import org.sujarit.model.io.PlanResources;
import org.sujarit.report.ReportFormat;
import org.sujarit.report.ReportRequest;
import org.sujarit.report.ReportService;
import org.sujarit.report.ReportTable;
import org.sujarit.thai.DigitStyle;

/**
 * Every table of both sample plans (samples/*.sujarit, imported from the seed) as PDF and HTML. The expected figures
 * are written by hand from the seed (official-tables.md): 132,640 a year in dimension 1 and in total, 9/19/2/7
 * projects per dimension and 37 in all for 2566–2570; 275,145.00 and 35/32/13/13 ticks for 2565; 33/3/2 of 38 in its
 * 12-month results, 89,141.40 disbursed.
 */
class SamplePlansReportTest {
	static Plan plan5;
	static Plan plan2565;
	static Path out;

	@BeforeAll
	static void load() throws Exception {
		Path root = Path.of(System.getProperty("sujarit.root", "../.."));
		plan5 = PlanResources.loadPlan(root.resolve("samples/phitsanulok-2566-2570.sujarit"));
		plan2565 = PlanResources.loadPlan(root.resolve("samples/phitsanulok-2565.sujarit"));
		out = PdfTools.outDir("samples");
	}

	static Path render(Plan plan, ReportRequest request, String name) throws Exception {
		Path file = out.resolve(name + "." + request.format().extension());
		try (OutputStream os = Files.newOutputStream(file)) {
			ReportService.getDefault().render(plan, request, os, null);
		}
		if (request.format() == ReportFormat.PDF) {
			PdfTools.png(file, out.resolve(name), 100, 1, 1);
		}
		return file;
	}

	static String pdfText(Path pdf, String name) throws Exception {
		String text = PdfTools.text(pdf);
		Files.writeString(out.resolve(name + ".txt"), text);
		return text;
	}

	static String htmlText(Path html) throws Exception {
		return PdfTools.htmlText(Files.readString(html, StandardCharsets.UTF_8));
	}

	static void assertEmbeddedThaiFont(Path pdf) throws Exception {
		String fonts = PdfTools.fonts(pdf);
		assertTrue(fonts.lines().anyMatch(l -> l.contains("Laksaman") && l.contains(" yes yes yes ")),
				"Laksaman embedded, subset, with ToUnicode\n" + fonts);
		assertFalse(fonts.contains("Times-Roman"), "no Thai text fell back to Times-Roman\n" + fonts);
	}

	@Test
	void summary2566to2570() throws Exception {
		Path pdf = render(plan5, ReportRequest.of(ReportTable.SUMMARY, ReportFormat.PDF), "summary-2566-2570");
		String text = pdfText(pdf, "summary-2566-2570");
		// 132,640 in each of the 5 years, in the dimension-1 subtotal and in the grand total
		assertEquals(10, SmallPlanReportTest.count(text, "๑๓๒,๖๔๐"), text);
		for (String n : new String[] { "๙", "๑๙", "๒", "๗", "๓๗" }) {
			assertTrue(text.contains("จำนวน " + n + " โครงการ"), n + "\n" + text);
		}
		assertTrue(text.contains("๗๒,๒๔๐"), text);
		assertTrue(text.contains("ไม่ใช้งบฯ"), text);
		// dimensions 2-4 have no budget: their subtotals print "จำนวน 0 บาท" (not ไม่ใช้งบฯ), 3 x 5 years
		// (the amount and "บาท" may wrap onto two lines in a year column)
		assertEquals(15, text.split("จำนวน\\s+๐(?![๐-๙,])", -1).length - 1, text);
		assertTrue(text.contains("-ร่าง-"), text);
		assertTrue(text.contains("องค์การบริหารส่วนจังหวัดพิษณุโลก"), text);
		assertTrue(text.contains("ป้องกัน"), text);
		assertTrue(text.contains("กองการเจ้า"), "the unit column wraps กองการเจ้าหน้าที่, tone mark intact\n" + text);
		assertTrue(text.contains("ไตรมาสที่ ๑-๔"), text);
		assertFalse(text.matches("(?s).*[0-9].*"), "Thai digits throughout\n" + text);
		assertEmbeddedThaiFont(pdf);

		String html = htmlText(render(plan5, ReportRequest.of(ReportTable.SUMMARY, ReportFormat.HTML),
				"summary-2566-2570"));
		assertEquals(10, SmallPlanReportTest.count(html, "๑๓๒,๖๔๐"), html);
		assertTrue(html.contains("จำนวน ๑๙ โครงการ"), html);
		assertTrue(html.contains("ไม่ใช้งบฯ"), html);
		assertTrue(html.contains("กองการเจ้าหน้าที่"), html);
		String page = Files.readString(out.resolve("summary-2566-2570.html"));
		assertTrue(page.contains("data:image/svg+xml;base64,"), "the chart inside the HTML, as SVG");
		assertChartIsVector(pdf);
	}

	/** The chart page of the PDF holds no raster image: the chart is drawn as vector graphics (SVG). */
	static void assertChartIsVector(Path pdf) throws Exception {
		String images = PdfTools.run("pdfimages", "-list", pdf.toString());
		assertEquals(2, images.strip().lines().count(), "no raster image in the PDF (only pdfimages' header)\n" + images);
	}

	@Test
	void summaryArabic() throws Exception {
		Path pdf = render(plan5,
				ReportRequest.of(ReportTable.SUMMARY, ReportFormat.PDF).withDigits(DigitStyle.ARABIC),
				"summary-2566-2570-arabic");
		String text = pdfText(pdf, "summary-2566-2570-arabic");
		assertEquals(10, SmallPlanReportTest.count(text, "132,640"), text);
		assertFalse(text.matches("(?s).*[๐-๙].*"), text);
	}

	@Test
	void annual2565() throws Exception {
		Path pdf = render(plan2565, ReportRequest.of(ReportTable.ANNUAL, ReportFormat.PDF).withYear(2565),
				"annual-2565");
		String text = pdfText(pdf, "annual-2565");
		assertTrue(text.matches("(?s).*รวมทั้งสิ้น\\s+๒๗๕,๑๔๕\\.๐๐\\s+๓๕\\s+๓๒\\s+๑๓\\s+๑๓.*"), text);
		assertTrue(text.contains("๕๕,๗๔๕.๐๐"), text);
		assertTrue(text.contains("แบ่งออกเป็น ๔ มิติ จำนวน ๓๘ โครงการ"), text);
		assertEmbeddedThaiFont(pdf);
		String html = htmlText(render(plan2565, ReportRequest.of(ReportTable.ANNUAL, ReportFormat.HTML), "annual-2565"));
		assertTrue(html.matches(".*รวมทั้งสิ้น\\s+๒๗๕,๑๔๕\\.๐๐\\s+๓๕\\s+๓๒\\s+๑๓\\s+๑๓.*"), html);
	}

	@Test
	void annualOfTheFiveYearPlan() throws Exception {
		Path pdf = render(plan5, ReportRequest.of(ReportTable.ANNUAL, ReportFormat.PDF).withYear(2567),
				"annual-2567");
		String text = pdfText(pdf, "annual-2567");
		assertTrue(text.contains("พ.ศ. ๒๕๖๗"), text);
		assertTrue(text.matches("(?s).*รวมทั้งสิ้น\\s+๑๓๒,๖๔๐\\.๐๐.*"), text);
	}

	@Test
	void results2565TwelveMonths() throws Exception {
		Path pdf = render(plan2565,
				ReportRequest.of(ReportTable.RESULTS, ReportFormat.PDF).withYear(2565).withRound(RoundKind.TWELVE_MONTHS),
				"results-2565-12");
		String text = pdfText(pdf, "results-2565-12");
		assertTrue(text.contains("- ดำเนินการแล้วเสร็จ จำนวน ๓๓ โครงการ"), text);
		assertTrue(text.contains("- อยู่ระหว่างดำเนินการ จำนวน ๓ โครงการ"), text);
		assertTrue(text.contains("- รอรายงาน จำนวน ๒ โครงการ"), text);
		assertTrue(text.contains("- รวม ๓๘ โครงการ"), text);
		assertFalse(text.contains("ไม่สามารถดำเนินการได้ จำนวน"), text);
		assertTrue(text.contains("รอบ ๑๒ เดือน"), text);
		assertTrue(text.contains("๒๘,๒๕๖.๔๐"), text);
		assertTrue(text.matches("(?s).*รวมทั้งสิ้น\\s+๒๗๕,๑๔๕\\.๐๐\\s+๘๙,๑๔๑\\.๔๐\\s+๒\\s+๓\\s+๓๓\\s+๐.*"), text);
		assertEmbeddedThaiFont(pdf);
		String html = htmlText(render(plan2565,
				ReportRequest.of(ReportTable.RESULTS, ReportFormat.HTML).withRound(RoundKind.TWELVE_MONTHS),
				"results-2565-12"));
		assertTrue(html.contains("- ดำเนินการแล้วเสร็จ จำนวน ๓๓ โครงการ"), html);
		assertTrue(html.contains("- รวม ๓๘ โครงการ"), html);
		assertChartIsVector(pdf);
	}

	@Test
	void sheetsOfBothPlans() throws Exception {
		Path pdf = render(plan5, ReportRequest.of(ReportTable.SHEETS, ReportFormat.PDF), "sheets-2566-2570");
		String text = pdfText(pdf, "sheets-2566-2570");
		for (String heading : new String[] { "๑. ชื่อโครงการ :", "๒. หลักการและเหตุผล", "๓. วัตถุประสงค์",
				"๔. กลุ่มเป้าหมาย", "๕. วิธีดำเนินการ", "๖. ระยะเวลาดำเนินการ", "๗. งบประมาณดำเนินการ",
				"๘. ผู้รับผิดชอบ", "๙. ผลผลิต/ผลลัพธ์" }) {
			assertEquals(37, SmallPlanReportTest.count(text, heading), heading);
		}
		assertTrue(text.contains("ลำดับที่ ๓๗"), text);
		assertTrue(text.contains("เจ้าหน้าที่"), text);
		assertTrue(text.contains("ป้องกัน"), text);
		assertTrue(text.contains("จำนวน ๗๒,๒๔๐ บาท"), text);
		assertTrue(text.contains("ไม่ใช้งบประมาณ"), text);
		assertEmbeddedThaiFont(pdf);
		String html = htmlText(render(plan2565, ReportRequest.of(ReportTable.SHEETS, ReportFormat.HTML), "sheets-2565"));
		assertTrue(html.contains("ลำดับที่ ๓๘"), html);
		render(plan2565, ReportRequest.of(ReportTable.SHEETS, ReportFormat.PDF), "sheets-2565");
	}
}
