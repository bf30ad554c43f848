package org.sujarit.ui.grid.internal.budget;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.nebula.widgets.nattable.command.AbstractLayerCommandHandler;
import org.eclipse.nebula.widgets.nattable.copy.command.PasteDataCommand;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.sujarit.ui.grid.internal.MessageLine;

/**
 * Handles NatTable's {@link PasteDataCommand} (Ctrl+V) with the system clipboard's text, so ranges copied from this
 * grid (NatTable's copy command, formatted text) or from a spreadsheet can be pasted; one undoable command per paste.
 */
public final class BudgetPasteHandler extends AbstractLayerCommandHandler<PasteDataCommand> {

	private final BudgetRangeEdit rangeEdit;
	private final MessageLine messageLine;
	private final Consumer<Command> executor;

	public BudgetPasteHandler(BudgetRangeEdit rangeEdit, MessageLine messageLine, Consumer<Command> executor) {
		this.rangeEdit = rangeEdit;
		this.messageLine = messageLine;
		this.executor = executor;
	}

	@Override
	protected boolean doCommand(PasteDataCommand command) {
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		BudgetRangeEdit.Prepared prepared = rangeEdit.paste(text);
		if (prepared.error() != null) {
			messageLine.showError(prepared.error());
		} else {
			messageLine.clear();
			if (prepared.command() != null) {
				executor.accept(prepared.command());
			}
		}
		return true;
	}

	@Override
	public Class<PasteDataCommand> getCommandClass() {
		return PasteDataCommand.class;
	}
}
