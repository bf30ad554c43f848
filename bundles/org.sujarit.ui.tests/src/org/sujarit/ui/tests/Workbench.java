package org.sujarit.ui.tests;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.sujarit.ui.editor.PlanEditor;
import org.sujarit.ui.editor.PlanEditorInput;
import org.sujarit.ui.app.SujaritWorkbenchAdvisor;

/**
 * Runs the real Sujarit workbench (the product's advisor, perspective, menus) for the UI tests: started once per test
 * JVM on its own UI thread; {@link #run} executes a test step on that thread and rethrows what it threw.
 */
final class Workbench {

	interface Step {
		void run() throws Exception;
	}

	private static Display display;
	private static Throwable startFailure;

	private Workbench() {
	}

	static synchronized void start() throws InterruptedException {
		if (display != null) {
			return;
		}
		CountDownLatch started = new CountDownLatch(1);
		Thread ui = new Thread(() -> {
			Display d = PlatformUI.createDisplay();
			display = d;
			try {
				PlatformUI.createAndRunWorkbench(d, new SujaritWorkbenchAdvisor(List.of()) {
					@Override
					public void postStartup() {
						super.postStartup();
						started.countDown();
					}
				});
			} catch (Throwable t) {
				startFailure = t;
				started.countDown();
			}
		}, "sujarit-workbench-ui");
		ui.setDaemon(true);
		ui.start();
		if (!started.await(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the workbench did not start within 120 s");
		}
		if (startFailure != null) {
			throw new IllegalStateException("the workbench failed to start", startFailure);
		}
	}

	/** Runs a step on the workbench's UI thread. */
	static void run(Step step) throws Exception {
		start();
		Throwable[] failure = new Throwable[1];
		display.syncExec(() -> {
			try {
				step.run();
			} catch (Throwable t) {
				failure[0] = t;
			}
		});
		if (failure[0] instanceof Exception e) {
			throw e;
		}
		if (failure[0] instanceof Error e) {
			throw e;
		}
	}

	/** On the UI thread: the active page, its window at a fixed size and the perspective reset, as each editor test starts. */
	static IWorkbenchPage resetPage() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 950);
		page.resetPerspective();
		return page;
	}

	/** On the UI thread: opens a plan file in the plan editor and lets it paint. */
	static PlanEditor openPlan(IWorkbenchPage page, java.nio.file.Path file) throws PartInitException {
		PlanEditor editor = (PlanEditor) page.openEditor(new PlanEditorInput(file), PlanEditor.ID);
		Ui.spin(300);
		return editor;
	}

	/** Closes the page's editors without saving (tear-down of the editor tests). */
	static void closeEditors(IWorkbenchPage page) throws Exception {
		run(() -> {
			page.closeAllEditors(false);
			Ui.spin(100);
		});
	}
}
