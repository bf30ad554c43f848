package org.sujarit.ui;

import java.lang.management.ManagementFactory;

/**
 * Start-up milestones for releng/measure-startup: with {@code -Dsujarit.startupLog=true} each milestone prints one
 * line "sujarit-startup: <ms since JVM start> <what> (cpu <process CPU ms>)" to standard output; the CPU time shows
 * how much of the wall time was work rather than waiting for a busy machine. Costs nothing otherwise.
 */
public final class StartupClock {

	private static final boolean ENABLED = Boolean.getBoolean("sujarit.startupLog");
	private static boolean planShown;

	private StartupClock() {
	}

	public static void mark(String what) {
		if (ENABLED) {
			long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
			System.out.println("sujarit-startup: " + ms + " " + what + " (cpu " + cpu + " ms)");
			System.out.flush();
		}
	}

	/**
	 * Called when a plan's tree has been painted for the first time. With {@code -Dsujarit.startupExit=true} (used by
	 * releng/measure-startup only) the workbench then closes normally, as a user would, so that the next start finds
	 * the caches a normal exit writes (extension registry, workbench layout, the JVM's AOT cache).
	 */
	public static void planShown(String name) {
		if (!planShown) {
			planShown = true;
			mark("plan shown " + name);
			if (ENABLED && Boolean.getBoolean("sujarit.startupExit")) { //$NON-NLS-1$
				// a moment later: validation and the background starts that follow the first paint finish first
				org.eclipse.swt.widgets.Display.getDefault().timerExec(2000, () -> org.eclipse.ui.PlatformUI.getWorkbench().close());
			}
		}
	}
}
