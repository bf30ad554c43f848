package org.sujarit.ui.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.FrameworkDescriptor;
import org.sujarit.framework.FrameworkRegistry;
import org.sujarit.model.Plan;
import org.sujarit.model.ProjectContainer;
import org.sujarit.ui.editor.PlanEditor;

/**
 * Plan > Add from Catalogue… (and the Structure tree's context menu): offers the catalogue entries of the plan's
 * framework under the selected dimension, mission or sub-mission and adds the ticked ones in one undoable command.
 */
public class AddFromCatalogueHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (!(selection.getFirstElement() instanceof ProjectContainer container) || selection.size() != 1) {
			MessageDialog.openInformation(shell, Messages.dialogTitle, Messages.noSelection);
			return null;
		}
		Plan plan = CatalogueCommands.planOf(container);
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(container);
		if (plan == null || domain == null) {
			MessageDialog.openInformation(shell, Messages.dialogTitle, Messages.noSelection);
			return null;
		}
		if (plan.getFrameworkId() == null || plan.getFrameworkId().isBlank()) {
			MessageDialog.openInformation(shell, Messages.dialogTitle, Messages.noFrameworkId);
			return null;
		}
		FrameworkDescriptor framework = FrameworkRegistry.getDefault().forPlan(plan);
		if (framework == null) {
			MessageDialog.openWarning(shell, Messages.dialogTitle,
					NLS.bind(Messages.frameworkMissing, plan.getFrameworkId(), plan.getFrameworkVersion()));
			return null;
		}
		List<CatalogueEntry> entries = CatalogueCommands.entriesUnder(framework, container.getCode());
		if (entries.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.dialogTitle, NLS.bind(Messages.noEntries, new Object[] {
					CatalogueLabels.name(framework), container.getCode(), CatalogueLabels.name(container) }));
			return null;
		}
		CatalogueDialog dialog = new CatalogueDialog(shell, framework, container, entries);
		if (dialog.open() != Window.OK || dialog.getResult().isEmpty()) {
			return null;
		}
		Command command = CatalogueCommands.addCommand(domain, container, dialog.getResult());
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
			reveal(event, command);
		}
		return null;
	}

	/** Selects the new projects in the plan editor's Structure tree so the analyst sees where they went. */
	private static void reveal(ExecutionEvent event, Command command) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor && editor.getStructurePage() != null) {
			List<Object> added = new ArrayList<>(command.getAffectedObjects());
			editor.getStructurePage().getViewer().setSelection(new StructuredSelection(added), true);
		}
	}
}
