package org.sujarit.ui.grid.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/**
 * Looks shared by the plan grids: group rows (which carry the subtotals) shaded and bold, the grand total darker,
 * money right-aligned. Colours are JFace-registry managed (GUIHelper), so nothing needs disposing here.
 */
public final class GridStyles extends AbstractRegistryConfiguration {

	private final Font font;

	public GridStyles(Font font) {
		this.font = font;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		Font bold = bold(font);
		// room on both sides of the text so right-aligned Thai (the final ฯ of ไม่ใช้งบฯ) never touches the grid line
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
				new LineBorderDecorator(new PaddingDecorator(new TextPainter(), 0, 6, 0, 6)), DisplayMode.NORMAL,
				GridRegion.BODY);
		// Enter commits and moves down like a spreadsheet, without opening the next cell's editor
		// (NatTable 2.5 opens the next editor after a moving commit when either attribute is not false)
		registry.registerConfigAttribute(EditConfigAttributes.OPEN_ADJACENT_EDITOR, Boolean.FALSE, DisplayMode.EDIT);
		registry.registerConfigAttribute(EditConfigAttributes.ACTIVATE_EDITOR_ON_TRAVERSAL, Boolean.FALSE,
				DisplayMode.EDIT);
		Style normal = new Style();
		normal.setAttributeValue(CellStyleAttributes.FONT, font);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, normal, DisplayMode.NORMAL, GridLabels.ROW_PROJECT);

		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
				rowStyle(bold, GUIHelper.getColor(214, 226, 240)), DisplayMode.NORMAL, GridLabels.ROW_DIMENSION);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
				rowStyle(bold, GUIHelper.getColor(236, 242, 249)), DisplayMode.NORMAL, GridLabels.ROW_MISSION);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
				rowStyle(bold, GUIHelper.getColor(255, 236, 179)), DisplayMode.NORMAL, GridLabels.ROW_TOTAL);

		// NatTable's default selection font is a small Latin italic: keep the Thai-capable font when selected
		Style selected = new Style();
		selected.setAttributeValue(CellStyleAttributes.FONT, font);
		selected.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(198, 220, 245));
		selected.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_BLACK);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT);
		Style anchor = new Style();
		anchor.setAttributeValue(CellStyleAttributes.FONT, bold);
		anchor.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(160, 196, 235));
		anchor.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_BLACK);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, anchor, DisplayMode.SELECT,
				SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
		Style header = new Style();
		header.setAttributeValue(CellStyleAttributes.FONT, font);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.NORMAL,
				GridRegion.COLUMN_HEADER);
		Style headerSelected = new Style();
		headerSelected.setAttributeValue(CellStyleAttributes.FONT, bold);
		headerSelected.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(198, 220, 245));
		headerSelected.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_BLACK);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, headerSelected, DisplayMode.SELECT,
				GridRegion.COLUMN_HEADER);

		Style right = new Style();
		right.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right, DisplayMode.NORMAL, GridLabels.MONEY);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right, DisplayMode.SELECT, GridLabels.MONEY);
		for (String label : new String[] { GridLabels.PROBLEM_ERROR, GridLabels.PROBLEM_WARNING }) {
			Style problem = new Style();
			problem.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, label == GridLabels.PROBLEM_ERROR
					? GUIHelper.getColor(190, 0, 0) : GUIHelper.getColor(176, 96, 0));
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, problem, DisplayMode.NORMAL, label);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, problem, DisplayMode.SELECT, label);
		}
		Style readOnly = new Style();
		readOnly.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.getColor(128, 128, 128));
		readOnly.setAttributeValue(CellStyleAttributes.FONT,
				JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, readOnly, DisplayMode.NORMAL, GridLabels.READ_ONLY);
		Style left = new Style();
		left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
		for (String label : new String[] { GridLabels.COL_NAME, GridLabels.TEXT }) {
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, label);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.SELECT, label);
		}
		Style center = new Style();
		center.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, center, DisplayMode.NORMAL, GridLabels.CENTER);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, center, DisplayMode.SELECT, GridLabels.CENTER);
	}

	private static Style rowStyle(Font font, org.eclipse.swt.graphics.Color background) {
		Style s = new Style();
		s.setAttributeValue(CellStyleAttributes.FONT, font);
		s.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
		return s;
	}

	public static Font bold(Font font) {
		FontData[] data = font.getFontData();
		for (FontData d : data) {
			d.setStyle(d.getStyle() | SWT.BOLD);
		}
		return GUIHelper.getFont(data);
	}
}
