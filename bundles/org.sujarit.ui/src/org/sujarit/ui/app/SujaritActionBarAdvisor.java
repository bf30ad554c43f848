package org.sujarit.ui.app;

import org.sujarit.ui.Messages;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus File, Edit, Plan, Reports, Window, Help. Sujarit's own commands (new plan, open, validate, reports) are
 * contributed to the menus' groups through plugin.xml (org.eclipse.ui.menus); the standard workbench actions are made
 * here.
 */
public class SujaritActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save, saveAll, close, closeAll, quit, undo, redo, cut, copy, paste, delete, selectAll,
			preferences, about, resetPerspective;

	public SujaritActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction a) {
		super.register(a);
		return a;
	}

	@Override
	protected void fillMenuBar(IMenuManager bar) {
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator(IWorkbenchActionConstants.MRU));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);

		MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager plan = new MenuManager(Messages.menuPlan, "org.sujarit.ui.menu.plan");
		plan.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager reports = new MenuManager(Messages.menuReports, "org.sujarit.ui.menu.reports");
		reports.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager(Messages.menuShowView);
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		window.add(views);
		window.add(resetPerspective);
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(about);

		bar.add(file);
		bar.add(edit);
		bar.add(plan);
		bar.add(reports);
		bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(window);
		bar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager tools = new ToolBarManager(coolBar.getStyle());
		tools.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		tools.add(save);
		tools.add(new Separator());
		tools.add(undo);
		tools.add(redo);
		tools.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new org.eclipse.jface.action.ToolBarContributionItem(tools, "org.sujarit.ui.toolbar.main"));
	}
}
