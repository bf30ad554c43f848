package org.sujarit.report.data;

import org.sujarit.model.ResultStatus;

/**
 * Fixed wording of the Thai official tables (official-tables.md, rules.md §5–§7). These are part of the document
 * format that NACC and DLA prescribe, printed in Thai whatever the user-interface language.
 */
public final class OfficialTerms {
	public static final String DRAFT_MARK = "-ร่าง-";
	public static final String BE = "พ.ศ.";
	public static final String FISCAL_YEAR = "ปีงบประมาณ";
	public static final String YEAR = "ปี";
	public static final String SUBTOTAL = "รวม";
	public static final String GRAND_TOTAL = "รวมทั้งสิ้น";
	public static final String COUNT_PROJECTS = "จำนวน %s โครงการ";
	public static final String COUNT_BAHT = "จำนวน %s บาท";
	public static final String TICK = "\u2713";
	public static final String PLAN_NAME_ANNUAL = "แผนปฏิบัติการป้องกันการทุจริต";
	public static final String SUMMARY_INTRO = "%s ได้ดำเนินการจัดทำ%s %s ประกอบด้วย โครงการ/กิจกรรม/มาตรการ รวมจำนวน %s โครงการ ดังนี้";
	public static final String ANNUAL_TITLE = "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. %s ของ %s";
	public static final String ANNUAL_INTRO = "แผนปฏิบัติการป้องกันการทุจริตของ%s พ.ศ. %s แบ่งออกเป็น %s มิติ จำนวน %s โครงการ ดังนี้";
	public static final String RESULTS_TITLE = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ%s พ.ศ. %s รอบ %s เดือน";
	public static final String RESULTS_HEADING = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต พ.ศ. %s";
	public static final String ROUND = "รอบ %s เดือน";
	public static final String ROUND_PERIOD = "(ผลการดำเนินการตั้งแต่ %s - %s)";
	public static final String COUNT_LINE = "- %s จำนวน %s โครงการ";
	public static final String TOTAL_LINE = "- รวม %s โครงการ";
	public static final String DIMENSION = "มิติที่ %s";
	public static final String SHEETS_PART_TITLE = "รายละเอียดโครงการ/กิจกรรม/มาตรการ";
	public static final String SEQ = "ลำดับที่ %s";
	public static final String PAGE = "หน้า";
	public static final String CHART_BUDGET = "งบประมาณจำแนกตามมิติและปี (บาท)";
	public static final String CHART_STATUS = "จำนวนโครงการจำแนกตามสถานะ";

	public static final String S1_NAME = "ชื่อโครงการ :";
	public static final String S2_RATIONALE = "หลักการและเหตุผล";
	public static final String S3_OBJECTIVES = "วัตถุประสงค์";
	public static final String S4_TARGET = "กลุ่มเป้าหมาย";
	public static final String S5_METHODS = "วิธีดำเนินการ";
	public static final String S6_PERIOD = "ระยะเวลาดำเนินการ";
	public static final String S7_BUDGET = "งบประมาณดำเนินการ";
	public static final String S8_RESPONSIBLE = "ผู้รับผิดชอบ";
	public static final String S9_INDICATORS = "ผลผลิต/ผลลัพธ์";
	public static final String OUTPUTS = "ผลผลิต";
	public static final String OUTCOMES = "ผลลัพธ์";
	public static final String REMARK = "หมายเหตุ";
	public static final String SUPPORTING = "หน่วยงานสนับสนุน";
	public static final String COUNT = "จำนวน";

	private OfficialTerms() {
	}

	/** Status words in the order the count lines print them (done, in progress, awaiting, cannot do). */
	public static final ResultStatus[] COUNT_LINE_ORDER = { ResultStatus.DONE, ResultStatus.IN_PROGRESS,
			ResultStatus.AWAITING_REPORT, ResultStatus.CANNOT_DO };

	/** Status column order of the results table (official-tables.md (c)). */
	public static final ResultStatus[] COLUMN_ORDER = { ResultStatus.AWAITING_REPORT, ResultStatus.IN_PROGRESS,
			ResultStatus.DONE, ResultStatus.CANNOT_DO };

	public static String status(ResultStatus s) {
		return switch (s) {
		case AWAITING_REPORT -> "รอรายงาน";
		case IN_PROGRESS -> "อยู่ระหว่างดำเนินการ";
		case DONE -> "ดำเนินการแล้วเสร็จ";
		case CANNOT_DO -> "ไม่สามารถดำเนินการได้";
		};
	}
}
