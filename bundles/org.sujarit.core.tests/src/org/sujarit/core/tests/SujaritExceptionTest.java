package org.sujarit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sujarit.core.nls.MessageCatalog;
import org.sujarit.core.problem.CoreProblem;
import org.sujarit.core.problem.ProblemCode;
import org.sujarit.core.problem.SujaritException;

class SujaritExceptionTest {

	private static final Locale TH = Locale.forLanguageTag("th");

	enum TestProblem implements ProblemCode {
		PLAN_MISSING("test.planMissing");

		private final String id;

		TestProblem(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public MessageCatalog catalog() {
			return MessageCatalog.of(SujaritExceptionTest.class, "org.sujarit.core.tests.messages");
		}
	}

	/** A subclass, as PlanLoadException is one. */
	static final class PlanProblemException extends SujaritException {
		private static final long serialVersionUID = 1L;

		PlanProblemException(ProblemCode code, Throwable cause, Object... args) {
			super(code, cause, args);
		}
	}

	private Locale saved;

	@BeforeEach
	void saveLocale() {
		saved = Locale.getDefault();
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(saved);
	}

	@Test
	void codeArgumentsAndMessagesInBothLanguages() {
		SujaritException e = new SujaritException(TestProblem.PLAN_MISSING, "plan.sujarit", 2566);
		assertSame(TestProblem.PLAN_MISSING, e.code());
		assertArrayEquals(new Object[] { "plan.sujarit", 2566 }, e.args());
		assertNull(e.getCause());
		assertEquals("The plan plan.sujarit does not exist (fiscal year 2566).", e.getMessage());
		assertEquals("ไม่มีแผน plan.sujarit (ปีงบประมาณ 2566)", e.getMessage(TH));
		Locale.setDefault(TH);
		assertEquals("ไม่มีแผน plan.sujarit (ปีงบประมาณ 2566)", e.getLocalizedMessage());
		assertEquals("The plan plan.sujarit does not exist (fiscal year 2566).", e.getMessage(), "English for logs");
		Locale.setDefault(Locale.ENGLISH);
		assertEquals("The plan plan.sujarit does not exist (fiscal year 2566).", e.getLocalizedMessage());
	}

	@Test
	void causeIsKeptAndArgumentsAreCopied() {
		IOException cause = new IOException("boom");
		Object[] args = { "x", 1 };
		SujaritException e = new PlanProblemException(TestProblem.PLAN_MISSING, cause, args);
		args[0] = "changed";
		assertSame(cause, e.getCause());
		assertEquals("x", e.args()[0]);
		e.args()[1] = 99;
		assertEquals(1, e.args()[1]);
		assertEquals("The plan x does not exist (fiscal year 1).", e.getMessage());
	}

	@Test
	void coreCodesHaveEnglishAndThaiTexts() {
		for (CoreProblem code : CoreProblem.values()) {
			String english = code.message(Locale.ROOT, "/a/b", "/a");
			String thai = code.message(TH, "/a/b", "/a");
			assertEquals(true, code.catalog().has(code.id()), code.id());
			assertEquals(false, english.equals(thai), code.id() + " has its own Thai text");
			assertEquals(true, thai.contains("/a/b"), code.id());
		}
	}

	@Test
	void statusCarriesLocalizedMessageAndException() {
		Locale.setDefault(TH);
		SujaritException e = new SujaritException(TestProblem.PLAN_MISSING, "p", 2567);
		IStatus status = e.toStatus("org.sujarit.test");
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals("org.sujarit.test", status.getPlugin());
		assertEquals("ไม่มีแผน p (ปีงบประมาณ 2567)", status.getMessage());
		assertSame(e, status.getException());
	}
}
