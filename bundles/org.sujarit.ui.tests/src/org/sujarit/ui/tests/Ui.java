package org.sujarit.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Helpers for tests that drive the real workbench: event loop, waiting, screenshots. */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return Display.getCurrent();
	}

	/** Runs the event loop for a while (layouts, async updates, paints). */
	static void spin(long millis) {
		Display d = display();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!d.readAndDispatch()) {
				d.timerExec(20, () -> { });
				d.sleep();
			}
		}
		while (d.readAndDispatch()) {
			// drain
		}
	}

	static boolean waitUntil(BooleanSupplier condition, long timeoutMillis) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			spin(50);
		}
		return condition.getAsBoolean();
	}

	static Path outDir() throws java.io.IOException {
		String out = System.getProperty("sujarit.test.out", "target/test-output");
		return Files.createDirectories(Path.of(out));
	}

	/** Saves what the shell shows as a PNG under ${sujarit.test.out}. */
	static Path screenshot(Shell shell, String name) throws java.io.IOException {
		spin(300);
		shell.forceActive();
		spin(200);
		Rectangle b = shell.getBounds();
		Display d = shell.getDisplay();
		Image image = new Image(d, b.width, b.height);
		GC gc = new GC(d);
		try {
			gc.copyArea(image, b.x, b.y);
		} finally {
			gc.dispose();
		}
		Path file = outDir().resolve(name + ".png");
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
