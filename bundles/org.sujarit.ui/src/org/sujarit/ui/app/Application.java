package org.sujarit.ui.app;

import org.sujarit.ui.StartupClock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Sujarit workbench application ({@code org.sujarit.ui.application}); {@code --open FILE} opens plans. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		StartupClock.mark("application start");
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<Path> toOpen = filesToOpen(args == null ? new String[0] : args);
		StartupWarmer.start(toOpen);
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new SujaritWorkbenchAdvisor(toOpen));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** The files after each {@code --open} argument. */
	static List<Path> filesToOpen(String[] args) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length - 1; i++) {
			if ("--open".equals(args[i])) {
				files.add(Path.of(args[++i]).toAbsolutePath());
			}
		}
		return files;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
