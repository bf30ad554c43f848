package org.sujarit.ui.grid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.tree.command.TreeExpandCollapseCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sujarit.model.Plan;
import org.sujarit.model.Project;
import org.sujarit.ui.grid.BudgetGrid;
import org.sujarit.ui.grid.internal.GridLabels;

/**
 * The budget grid driven through its real NatTable: typing into cells, copy/paste with the keyboard, undo on the
 * editing domain's command stack. Expected figures come from {@link TestPlans} (the seed's 132,640 a year in
 * dimension 1), not from the code under test.
 */
class BudgetGridTest extends GridFixture<BudgetGrid> {

	// NatTable row positions of the fixture, all groups expanded (two header rows: "งบประมาณ (บาท)" over "ปี 2566"...)
	static final int YEAR_HEADER = 1;
	static final int DIM1 = 2, M11 = 3, P1 = 4, P2 = 5, P3 = 6, P4 = 7, DIM2 = 15, TOTAL = 23;
	static final int Y2566 = 1, Y2567 = 2, Y2568 = 3;

	@Override
	int shellHeight() {
		return 980;
	}

	@Override
	BudgetGrid createGrid(Shell parent, AdapterFactoryEditingDomain editingDomain, Plan fixture) {
		return new BudgetGrid(parent, editingDomain, fixture);
	}

	@Test
	void showsGroupsSubtotalsAndGrandTotalFromTheModel() {
		assertEquals(24, table.getRowCount(), "2 header rows + 3 dimensions + 7 missions + 12 projects + grand total");
		assertEquals("งบประมาณ (บาท)", GridTestSupport.shown(table, Y2567, 0));
		assertTrue(GridTestSupport.shown(table, 0, DIM1).startsWith("มิติที่ 1 การสร้างวัฒนธรรมสุจริต"));
		assertTrue(GridTestSupport.shown(table, 0, P3).startsWith("3) โครงการอบรม"));
		assertEquals("72,240", GridTestSupport.shown(table, Y2567, P3));
		assertEquals("ไม่ใช้งบฯ", GridTestSupport.shown(table, Y2567, P1));
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, DIM1));
		assertEquals("82,640", GridTestSupport.shown(table, Y2567, M11));
		assertEquals("0", GridTestSupport.shown(table, Y2567, DIM2));
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, TOTAL));
		assertTrue(GridTestSupport.shown(table, 0, TOTAL).contains("12"));
		assertEquals("ปี 2567", GridTestSupport.shown(table, Y2567, YEAR_HEADER));
	}

	@Test
	void typingAnAmountUpdatesSubtotalsAndUndoRestoresThem() {
		GridTestSupport.select(table, Y2567, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "150000");

		assertEquals(0, new BigDecimal("150000").compareTo(project(3).findBudget(2567).getAmount()));
		assertNull(table.getActiveCellEditor(), "Enter commits and closes the editor (no editor opens on the next row)");
		assertEquals("150,000", GridTestSupport.shown(table, Y2567, P3));
		assertEquals("210,400", GridTestSupport.shown(table, Y2567, DIM1), "dimension subtotal");
		assertEquals("160,400", GridTestSupport.shown(table, Y2567, M11), "mission subtotal");
		assertEquals("210,400", GridTestSupport.shown(table, Y2567, TOTAL), "grand total");
		assertEquals("132,640", GridTestSupport.shown(table, Y2566, TOTAL), "other years untouched");
		assertTrue(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded(), "editor becomes dirty");

		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertEquals("72,240", GridTestSupport.shown(table, Y2567, P3));
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, DIM1));
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, TOTAL));

		domain.getCommandStack().redo();
		GridTestSupport.spin();
		assertEquals("210,400", GridTestSupport.shown(table, Y2567, TOTAL));
	}

	@Test
	void noBudgetWordsAndDashAreAccepted() {
		GridTestSupport.select(table, Y2568, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "-");
		assertTrue(project(3).findBudget(2568).isNoBudget());
		assertEquals("ไม่ใช้งบฯ", GridTestSupport.shown(table, Y2568, P3));
		assertEquals("60,400", GridTestSupport.shown(table, Y2568, DIM1));

		GridTestSupport.select(table, Y2568, P1, false);
		GridTestSupport.typeIntoSelectedCell(table, "๒,๕๐๐.๕๐");
		assertEquals(0, new BigDecimal("2500.50").compareTo(project(1).findBudget(2568).getAmount()));
		assertFalse(project(1).findBudget(2568).isNoBudget());
		assertEquals("2,500.50", GridTestSupport.shown(table, Y2568, P1));
	}

	@Test
	void invalidInputIsRefusedWithAMessage() {
		GridTestSupport.select(table, Y2567, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "abc");

		assertTrue(grid.getMessage().contains("abc"), grid.getMessage());
		assertTrue(grid.getMessage().contains("ไม่ใช่จำนวนเงิน"), "Thai message: " + grid.getMessage());
		assertEquals(0, new BigDecimal("72240").compareTo(project(3).findBudget(2567).getAmount()), "model unchanged");
		assertFalse(domain.getCommandStack().canUndo(), "no command executed");
		assertNotNull(table.getActiveCellEditor(), "editor stays open for correction");
		GridTestSupport.key(table.getActiveCellEditor().getEditorControl(), SWT.ESC, (char) 27, 0);
		assertNull(table.getActiveCellEditor());
	}

	@Test
	void pastingARangeIsOneUndoableCommand() {
		setClipboard("1,000\t2,000\n๓,๐๐๐\tไม่ใช้งบฯ\n");
		GridTestSupport.select(table, Y2567, P1, false);
		GridTestSupport.key(table, 'v', 'v', SWT.MOD1);

		assertEquals(0, new BigDecimal("1000").compareTo(project(1).findBudget(2567).getAmount()));
		assertEquals(0, new BigDecimal("2000").compareTo(project(1).findBudget(2568).getAmount()));
		assertEquals(0, new BigDecimal("3000").compareTo(project(2).findBudget(2567).getAmount()));
		assertTrue(project(2).findBudget(2568).isNoBudget());
		assertEquals("136,640", GridTestSupport.shown(table, Y2567, DIM1));
		assertEquals("134,640", GridTestSupport.shown(table, Y2568, TOTAL));

		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertFalse(domain.getCommandStack().canUndo(), "the whole paste was one command");
		assertTrue(project(1).findBudget(2567).isNoBudget());
		assertTrue(project(1).findBudget(2568).isNoBudget());
		assertTrue(project(2).findBudget(2567).isNoBudget());
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, DIM1));
		assertEquals("132,640", GridTestSupport.shown(table, Y2568, TOTAL));
	}

	@Test
	void aPasteWithABadValueChangesNothing() {
		setClipboard("1,000\tห้าพัน\n");
		GridTestSupport.select(table, Y2567, P1, false);
		GridTestSupport.key(table, 'v', 'v', SWT.MOD1);
		assertTrue(grid.getMessage().contains("ห้าพัน"), grid.getMessage());
		assertFalse(domain.getCommandStack().canUndo());
		assertTrue(project(1).findBudget(2567).isNoBudget());
	}

	@Test
	void copyThenPasteWithTheKeyboard() {
		GridTestSupport.select(table, Y2566, P3, false);
		GridTestSupport.select(table, Y2567, P3, true);
		GridTestSupport.key(table, 'c', 'c', SWT.MOD1);
		String copied = getClipboard();
		assertEquals("72,240\t72,240", copied.strip());

		GridTestSupport.select(table, Y2566, P4, false);
		GridTestSupport.key(table, 'v', 'v', SWT.MOD1);
		assertEquals(0, new BigDecimal("72240").compareTo(project(4).findBudget(2566).getAmount()));
		assertEquals(0, new BigDecimal("72240").compareTo(project(4).findBudget(2567).getAmount()));
		assertTrue(project(4).findBudget(2568).isNoBudget());
		assertEquals("204,880", GridTestSupport.shown(table, Y2566, TOTAL));
	}

	@Test
	void deleteSetsNoBudgetOnTheSelection() {
		GridTestSupport.select(table, Y2566, P3, false);
		GridTestSupport.select(table, Y2568, P3, true);
		GridTestSupport.key(table, SWT.DEL, (char) 127, 0);
		assertTrue(project(3).findBudget(2566).isNoBudget());
		assertTrue(project(3).findBudget(2568).isNoBudget());
		assertEquals("60,400", GridTestSupport.shown(table, Y2567, DIM1));
		domain.getCommandStack().undo();
		GridTestSupport.spin();
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, DIM1));
	}

	@Test
	void dimensionsCollapseAndKeepTheirSubtotalVisible() {
		table.doCommand(new TreeExpandCollapseCommand(0, 0));
		GridTestSupport.spin();
		assertEquals(24 - 12, table.getRowCount(), "dimension 1's missions and projects are hidden");
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, DIM1));
		table.doCommand(new TreeExpandCollapseCommand(0, 0));
		GridTestSupport.spin();
		assertEquals(24, table.getRowCount());
	}

	@Test
	void structuralChangesElsewhereAreShown() {
		Project extra = TestPlans.project(plan.getDimensions().get(1).getMissions().get(0), 13,
				org.sujarit.model.ProjectKind.PROJECT, "โครงการใหม่", new BigDecimal("5000"));
		GridTestSupport.spin();
		assertEquals(25, table.getRowCount());
		assertEquals("137,640", GridTestSupport.shown(table, Y2567, TOTAL + 1));
		assertNotNull(extra);
	}

	@Test
	void thaiDigitsAreOptional() {
		grid.setDigitStyle(org.sujarit.thai.DigitStyle.THAI);
		GridTestSupport.spin();
		assertEquals("๑๓๒,๖๔๐", GridTestSupport.shown(table, Y2567, DIM1));
		assertEquals("ปี ๒๕๖๗", GridTestSupport.shown(table, Y2567, YEAR_HEADER));
		grid.setDigitStyle(org.sujarit.thai.DigitStyle.ARABIC);
		GridTestSupport.spin();
		assertEquals("132,640", GridTestSupport.shown(table, Y2567, DIM1));
		grid.setThaiDigits(true); // the editor's toggle
		assertEquals(org.sujarit.thai.DigitStyle.THAI, grid.getDigitStyle());
		assertEquals("๑๓๒,๖๔๐", GridTestSupport.shown(table, Y2567, DIM1));
	}

	@Test
	void validationProblemsMarkTheirRows() {
		grid.setProblems(java.util.Map.of(project(3).findBudget(2567), org.eclipse.emf.common.util.Diagnostic.ERROR,
				plan.getDimensions().get(1), org.eclipse.emf.common.util.Diagnostic.WARNING));
		GridTestSupport.spin();
		assertTrue(table.getCellByPosition(0, P3).getConfigLabels().hasLabel(GridLabels.PROBLEM_ERROR));
		assertTrue(table.getCellByPosition(0, DIM2).getConfigLabels().hasLabel(GridLabels.PROBLEM_WARNING));
		assertFalse(table.getCellByPosition(0, P4).getConfigLabels().hasLabel(GridLabels.PROBLEM_ERROR));
		grid.setProblems(null);
		assertFalse(table.getCellByPosition(0, P3).getConfigLabels().hasLabel(GridLabels.PROBLEM_ERROR));
	}

	@Test
	void screenshot() throws Exception {
		grid.setProblems(java.util.Map.of(project(5), org.eclipse.emf.common.util.Diagnostic.WARNING));
		GridTestSupport.select(table, Y2567, P3, false);
		GridTestSupport.typeIntoSelectedCell(table, "80000");
		table.doCommand(new TreeExpandCollapseCommand(18, 0)); // dimension 3 collapsed
		GridTestSupport.select(table, Y2568, P3, false);
		GridTestSupport.screenshot(shell, "grid-budget");
	}

	void setClipboard(String text) {
		Clipboard cb = new Clipboard(shell.getDisplay());
		cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		cb.dispose();
	}

	String getClipboard() {
		Clipboard cb = new Clipboard(shell.getDisplay());
		try {
			return (String) cb.getContents(TextTransfer.getInstance());
		} finally {
			cb.dispose();
		}
	}
}
