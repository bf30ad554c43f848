package org.sujarit.ui.grid.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assertions;
import org.sujarit.model.ResultStatus;

/** Drives NatTable like a user does, with SWT events on the real widgets, and takes screenshots. */
final class GridTestSupport {

	private GridTestSupport() {
	}

	static AdapterFactoryEditingDomain newDomain() {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	}

	/** A domain as the plan editor makes it: content of plug-ins that are not installed is read-only. */
	static AdapterFactoryEditingDomain newGuardedDomain() {
		return org.sujarit.emf.ui.domain.EditingDomains.create(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				org.sujarit.model.io.PlanResources.newResourceSet(), org.sujarit.model.unknown.UnknownContent::isReadOnly);
	}

	static Shell newShell(int width, int height) {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setText("Sujarit grid test");
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		shell.setBounds(10, 10, width, height);
		return shell;
	}

	/** The status column of the Results grid (after the project name). */
	static final int RESULTS_STATUS = 2;

	/** Picks a status in the combo editor of a Results-grid cell, as a user does. */
	static void chooseStatus(NatTable table, int row, ResultStatus status) {
		select(table, RESULTS_STATUS, row, false);
		table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), table.getCellByPosition(RESULTS_STATUS, row)));
		spin();
		ComboBoxCellEditor editor = (ComboBoxCellEditor) table.getActiveCellEditor();
		Assertions.assertNotNull(editor, "the status cell opens a combo");
		editor.select(ResultStatus.VALUES.indexOf(status));
		editor.commit(MoveDirectionEnum.NONE);
		spin();
	}

	static void spin() {
		Display display = Display.getDefault();
		long end = System.currentTimeMillis() + 150;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Clicks a cell (NatTable positions, header included). */
	static void select(NatTable table, int column, int row, boolean shift) {
		table.doCommand(new SelectCellCommand(table, column, row, shift, false));
		spin();
	}

	static void key(Control control, int keyCode, char character, int stateMask) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.character = character;
		e.stateMask = stateMask;
		e.doit = true;
		control.notifyListeners(SWT.KeyDown, e);
		if (control.isDisposed()) {
			spin(); // the key closed the control (Enter commits and closes a cell editor)
			return;
		}
		Event up = new Event();
		up.keyCode = keyCode;
		up.character = character;
		up.stateMask = stateMask;
		control.notifyListeners(SWT.KeyUp, up);
		spin();
	}

	/** A left click in the middle of a cell, as mouse down/up events on the NatTable. */
	static void click(NatTable table, int column, int row) {
		Rectangle r = table.getCellByPosition(column, row).getBounds();
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.button = 1;
			e.x = r.x + r.width / 2;
			e.y = r.y + r.height / 2;
			e.count = 1;
			e.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
			table.notifyListeners(type, e);
		}
		long end = System.currentTimeMillis() + Display.getDefault().getDoubleClickTime() + 200;
		while (System.currentTimeMillis() < end) {
			spin();
		}
	}

	/** Types text into the selected cell the way a user does: the first key opens the editor, Enter commits. */
	static void typeIntoSelectedCell(NatTable table, String text) {
		key(table, text.charAt(0), text.charAt(0), 0);
		var editor = table.getActiveCellEditor();
		if (editor == null) {
			throw new AssertionError("typing did not open a cell editor");
		}
		org.eclipse.swt.widgets.Text field = (org.eclipse.swt.widgets.Text) editor.getEditorControl();
		field.append(text.substring(1));
		key(field, SWT.CR, '\r', 0);
	}

	/** The text a cell shows (through its display converter). */
	static String shown(NatTable table, int column, int row) {
		ILayerCell cell = table.getCellByPosition(column, row);
		IDisplayConverter converter = table.getConfigRegistry().getConfigAttribute(
				CellConfigAttributes.DISPLAY_CONVERTER, DisplayMode.NORMAL, cell.getConfigLabels());
		Object value = cell.getDataValue();
		return String.valueOf(converter == null ? value : converter.canonicalToDisplayValue(cell, table.getConfigRegistry(), value));
	}

	static Object value(NatTable table, int column, int row) {
		return table.getDataValueByPosition(column, row);
	}

	/** Saves a PNG of a shell under ${sujarit.test.out} and returns its path. */
	static Path screenshot(Shell shell, String name) throws Exception {
		spin();
		Rectangle b = shell.getBounds();
		Display display = shell.getDisplay();
		Image image = new Image(display, b.width, b.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, b.x, b.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		String out = System.getProperty("sujarit.test.out", "target/test-output");
		Path dir = Path.of(out);
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
