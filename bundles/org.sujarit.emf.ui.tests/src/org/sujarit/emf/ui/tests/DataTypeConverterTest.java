package org.sujarit.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.sujarit.emf.ui.properties.DataTypeConverter;

class DataTypeConverterTest {

	@Test
	void moneyKeepsExactDecimalsAndAcceptsThaiDigitsAndGrouping() {
		assertEquals(new BigDecimal("12500.50"), DataTypeConverter.fromText(EcorePackage.Literals.EBIG_DECIMAL, "๑๒,๕๐๐.๕๐"));
		assertEquals(new BigDecimal("275145.00"), DataTypeConverter.fromText(EcorePackage.Literals.EBIG_DECIMAL, " 275,145.00 "));
		assertEquals("0.10", DataTypeConverter.toText(EcorePackage.Literals.EBIG_DECIMAL, new BigDecimal("0.10")));
		assertNull(DataTypeConverter.fromText(EcorePackage.Literals.EBIG_DECIMAL, "  "));
	}

	@Test
	void wholeNumbersRejectFractions() {
		assertEquals(2566, DataTypeConverter.fromText(EcorePackage.Literals.EINT, "๒๕๖๖"));
		assertEquals(7, DataTypeConverter.fromText(EcorePackage.Literals.EINTEGER_OBJECT, "7.0"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DataTypeConverter.fromText(EcorePackage.Literals.EINT, "2.5"));
		assertTrue(e.getMessage().contains("2.5"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> DataTypeConverter.fromText(EcorePackage.Literals.EINT, ""));
	}

	@Test
	void errorsAreMessagesNotExceptions() {
		String message = DataTypeConverter.check(EcorePackage.Literals.EBIG_DECIMAL, "สองหมื่น");
		assertNotNull(message);
		assertTrue(message.contains("สองหมื่น"), message);
		assertNull(DataTypeConverter.check(EcorePackage.Literals.EBIG_DECIMAL, "20,000"));
	}

	@Test
	void textStaysText() {
		assertEquals(" ข้อความ ", DataTypeConverter.fromText(EcorePackage.Literals.ESTRING, " ข้อความ "));
	}
}
