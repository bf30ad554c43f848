package org.sujarit.ui.grid;

import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sujarit.model.Plan;
import org.sujarit.thai.DigitStyle;
import org.sujarit.ui.grid.internal.GridLabels;
import org.sujarit.ui.grid.internal.GridStack;
import org.sujarit.ui.grid.internal.Problems;
import org.sujarit.ui.grid.internal.MessageLine;
import org.sujarit.ui.grid.internal.ModelWatcher;

/**
 * What the three plan-editor grid pages have in common: a composite holding an optional header area, a NatTable and
 * a message line; the plan and the editing domain whose command stack receives every edit; a watcher that refreshes
 * the grid on any model change (including undo/redo and edits made on other pages); the digit style.
 * <p>
 * Hosts create a page with its constructor, put {@link #getControl()} in their page, and call {@link #dispose()} when
 * the page goes away. All methods must be called on the UI thread.
 */
public abstract class PlanGrid {

	protected final EditingDomain domain;
	protected final Plan plan;
	protected final Composite root;
	protected MessageLine messageLine;
	protected GridStack stack;
	private ModelWatcher watcher;
	private final Problems problems = new Problems();
	private DigitStyle digitStyle = DigitStyle.ARABIC;

	protected PlanGrid(Composite parent, EditingDomain domain, Plan plan) {
		ServiceLoaderMediator.ensureStarted(); // before the subclass touches NatTable (Eclipse Collections)
		if (domain == null || plan == null) {
			throw new IllegalArgumentException("domain and plan are required"); //$NON-NLS-1$
		}
		this.domain = domain;
		this.plan = plan;
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 3;
		layout.marginHeight = 3;
		layout.verticalSpacing = 2;
		root.setLayout(layout);
	}

	/** Subclasses call this last in their constructor, once the stack exists. */
	protected final void finishCreation() {
		if (stack.natTable.getParent() == root) {
			stack.natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		}
		if (stack.bodyData.getConfigLabelAccumulator() instanceof GridLabels labels) {
			labels.setProblems(problems);
		}
		watcher = new ModelWatcher(plan, root.getDisplay(), this::modelChanged);
		root.addDisposeListener(e -> disposeWatcher());
	}

	protected MessageLine createMessageLine() {
		MessageLine line = new MessageLine(root);
		line.getControl().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return line;
	}

	/** The top-level control of the page. */
	public Control getControl() {
		return root;
	}

	/** The NatTable of the page (for hosts that add menus or key bindings, and for tests). */
	public NatTable getNatTable() {
		return stack.natTable;
	}

	/** Re-reads the plan's structure and values and repaints. Model changes are picked up without calling this. */
	public void refresh() {
		if (!root.isDisposed()) {
			stack.rebuild();
			refreshHeader();
		}
	}

	/** Removes the model listener and disposes the controls. */
	public void dispose() {
		disposeWatcher();
		if (!root.isDisposed()) {
			root.dispose();
		}
	}

	/**
	 * Shows numbers in Thai digits (๑๒๓) or Arabic digits (123); typing accepts both either way. Arabic by default.
	 */
	public void setDigitStyle(DigitStyle style) {
		DigitStyle s = style == null ? DigitStyle.ARABIC : style;
		if (s != digitStyle) {
			digitStyle = s;
			if (!root.isDisposed()) {
				digitStyleChanged();
				refreshHeader();
				stack.natTable.refresh(false);
			}
		}
	}

	/** Same as {@code setDigitStyle(thai ? DigitStyle.THAI : DigitStyle.ARABIC)} (the editor's Thai-digits toggle). */
	public void setThaiDigits(boolean thai) {
		setDigitStyle(thai ? DigitStyle.THAI : DigitStyle.ARABIC);
	}

	public DigitStyle getDigitStyle() {
		return digitStyle;
	}

	/** For the converters: true when numbers are shown in Thai digits. */
	protected final boolean isThaiDigits() {
		return digitStyle == DigitStyle.THAI;
	}

	/** Lets a page update controls outside the table (combos) after a digit style change; default none. */
	protected void digitStyleChanged() {
	}

	/**
	 * Marks the rows with validation problems, e.g. from the children of {@code PlanValidator.validate(...)}: the key
	 * is the offending object ({@code Diagnostic.getData().get(0)}; a budget entry, indicator or result marks its
	 * project), the value a {@code Diagnostic} severity. Error rows get a red name, warning rows an orange one.
	 * Replaces the previous marks; null or empty clears them.
	 */
	public void setProblems(Map<? extends EObject, Integer> severities) {
		problems.set(severities);
		if (!root.isDisposed()) {
			stack.natTable.redraw();
		}
	}

	/** The message shown under the grid (empty when none); e.g. why an input was refused. */
	public String getMessage() {
		return messageLine == null ? "" : messageLine.getText(); //$NON-NLS-1$
	}

	/** Runs an EMF command on the domain's command stack, so the edit is undoable and dirties the editor. */
	protected boolean execute(Command command) {
		if (command == null) {
			return false;
		}
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Called on the UI thread for every model change. */
	protected void modelChanged(boolean structural) {
		if (root.isDisposed()) {
			return;
		}
		if (structural) {
			stack.rebuild();
		} else {
			stack.natTable.redraw();
		}
		refreshHeader();
	}

	/** Updates anything shown outside the table (counts, captions); default none. */
	protected void refreshHeader() {
	}

	private void disposeWatcher() {
		if (watcher != null) {
			watcher.dispose();
			watcher = null;
		}
	}
}
