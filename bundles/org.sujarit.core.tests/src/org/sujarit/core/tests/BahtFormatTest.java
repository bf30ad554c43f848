package org.sujarit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.sujarit.core.money.BahtFormat;
import org.sujarit.thai.DigitStyle;

/** Expected values are written by hand from the seed's official tables (moved with BahtFormat from org.sujarit.thai). */
class BahtFormatTest {

	private static BigDecimal bd(String s) {
		return new BigDecimal(s);
	}

	@Test
	void wholeBaht() {
		BahtFormat thai = BahtFormat.whole(DigitStyle.THAI);
		assertEquals("๗๒,๒๔๐", thai.format(bd("72240")));
		assertEquals("๑๓๒,๖๔๐", thai.format(bd("132640")));
		assertEquals("๐", thai.format(BigDecimal.ZERO));
		assertEquals("๐", thai.format(null));
		assertEquals("-๑,๕๐๐", thai.format(bd("-1500")));
		assertEquals("๑,๐๐๐,๐๐๐", thai.format(bd("1000000")));
		assertEquals("72,240", BahtFormat.whole(DigitStyle.ARABIC).format(bd("72240")));
		// half-up to whole baht
		assertEquals("10,401", BahtFormat.whole(DigitStyle.ARABIC).format(bd("10400.50")));
	}

	@Test
	void bahtWithDecimals() {
		BahtFormat thai = BahtFormat.withDecimals(DigitStyle.THAI);
		assertEquals("๒๗๕,๑๔๕.๐๐", thai.format(bd("275145")));
		assertEquals("๐.๐๐", thai.format(BigDecimal.ZERO));
		BahtFormat arabic = BahtFormat.withDecimals(DigitStyle.ARABIC);
		assertEquals("28,256.40", arabic.format(bd("28256.4")));
		assertEquals("89,141.40", arabic.format(bd("89141.40")));
		assertEquals("0.01", arabic.format(bd("0.005")));
		assertEquals("-55,745.00", arabic.format(bd("-55745")));
	}

	@Test
	void noBudget() {
		BahtFormat thai = BahtFormat.whole(DigitStyle.THAI);
		assertEquals("ไม่ใช้งบฯ", thai.formatBudget(bd("72240"), true));
		assertEquals("ไม่ใช้งบฯ", thai.formatBudget(null, true));
		assertEquals("๗๒,๒๔๐", thai.formatBudget(bd("72240"), false));
		assertEquals("๐", thai.formatBudget(null, false));
	}

	@Test
	void bahtInWords() {
		assertEquals("ศูนย์บาทถ้วน", BahtFormat.inWords(BigDecimal.ZERO));
		assertEquals("ศูนย์บาทถ้วน", BahtFormat.inWords(null));
		assertEquals("หนึ่งบาทถ้วน", BahtFormat.inWords(bd("1")));
		assertEquals("สิบเอ็ดบาทถ้วน", BahtFormat.inWords(bd("11")));
		assertEquals("ยี่สิบเอ็ดบาทถ้วน", BahtFormat.inWords(bd("21")));
		assertEquals("หนึ่งร้อยเอ็ดบาทถ้วน", BahtFormat.inWords(bd("101")));
		assertEquals("เจ็ดหมื่นสองพันสองร้อยสี่สิบบาทถ้วน", BahtFormat.inWords(bd("72240")));
		assertEquals("สองแสนเจ็ดหมื่นห้าพันหนึ่งร้อยสี่สิบห้าบาทถ้วน", BahtFormat.inWords(bd("275145.00")));
		assertEquals("หนึ่งล้านบาทถ้วน", BahtFormat.inWords(bd("1000000")));
		assertEquals("หนึ่งล้านเอ็ดบาทถ้วน", BahtFormat.inWords(bd("1000001")));
		assertEquals("สิบเอ็ดล้านหนึ่งแสนบาทถ้วน", BahtFormat.inWords(bd("11100000")));
		assertEquals("สองหมื่นแปดพันสองร้อยห้าสิบหกบาทสี่สิบสตางค์", BahtFormat.inWords(bd("28256.40")));
		assertEquals("แปดหมื่นเก้าพันหนึ่งร้อยสี่สิบเอ็ดบาทสี่สิบสตางค์", BahtFormat.inWords(bd("89141.40")));
		assertEquals("ห้าสิบสตางค์", BahtFormat.inWords(bd("0.50")));
		assertEquals("หนึ่งสตางค์", BahtFormat.inWords(bd("0.01")));
		assertEquals("หนึ่งบาทยี่สิบเอ็ดสตางค์", BahtFormat.inWords(bd("1.21")));
		assertEquals("หนึ่งบาทถ้วน", BahtFormat.inWords(bd("0.999")));
		assertEquals("ลบห้าร้อยบาทถ้วน", BahtFormat.inWords(bd("-500")));
		assertFalse(BahtFormat.inWords(bd("123456789.12")).contains("\u200B"), "ICU word separators removed");
	}
}
