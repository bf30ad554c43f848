package org.sujarit.emf.ui.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Labels, icons, colours and fonts of EMF objects from their item providers ({@link IItemLabelProvider},
 * {@link IItemColorProvider}, {@link IItemFontProvider}, and {@link ITableItemLabelProvider} for table columns).
 * EMF's toolkit-neutral colours (URIs {@code color://rgb/r/g/b}) and fonts are mapped to SWT here.
 */
public class ItemProviderLabelProvider extends LabelProvider implements IColorProvider, IFontProvider, ITableLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images = new ItemImages();

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Resource r) {
			return r.getURI() == null ? "" : r.getURI().lastSegment();
		}
		Object p = adapterFactory.adapt(element, IItemLabelProvider.class);
		return p instanceof IItemLabelProvider lp ? nullToEmpty(lp.getText(element)) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		Object p = adapterFactory.adapt(element, IItemLabelProvider.class);
		return p instanceof IItemLabelProvider lp ? images.get(lp.getImage(element)) : null;
	}

	@Override
	public String getColumnText(Object element, int columnIndex) {
		Object p = adapterFactory.adapt(element, ITableItemLabelProvider.class);
		return p instanceof ITableItemLabelProvider tp ? nullToEmpty(tp.getColumnText(element, columnIndex))
				: columnIndex == 0 ? getText(element) : "";
	}

	@Override
	public Image getColumnImage(Object element, int columnIndex) {
		Object p = adapterFactory.adapt(element, ITableItemLabelProvider.class);
		if (p instanceof ITableItemLabelProvider tp) {
			return images.get(tp.getColumnImage(element, columnIndex));
		}
		return columnIndex == 0 ? getImage(element) : null;
	}

	@Override
	public Color getForeground(Object element) {
		Object p = adapterFactory.adapt(element, IItemColorProvider.class);
		return p instanceof IItemColorProvider cp ? color(cp.getForeground(element)) : null;
	}

	@Override
	public Color getBackground(Object element) {
		Object p = adapterFactory.adapt(element, IItemColorProvider.class);
		return p instanceof IItemColorProvider cp ? color(cp.getBackground(element)) : null;
	}

	@Override
	public Font getFont(Object element) {
		Object p = adapterFactory.adapt(element, IItemFontProvider.class);
		if (!(p instanceof IItemFontProvider fp)) {
			return null;
		}
		Object font = fp.getFont(element);
		if (font == IItemFontProvider.BOLD_FONT) {
			return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		}
		if (font == IItemFontProvider.BOLD_ITALIC_FONT) {
			return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		}
		if (font == IItemFontProvider.ITALIC_FONT) {
			return JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT);
		}
		return font instanceof Font f ? f : null;
	}

	/** EMF encodes colours as URIs {@code color://rgb/R/G/B}; also accepts SWT colours and RGB values. */
	static Color color(Object emfColor) {
		if (emfColor instanceof Color c) {
			return c;
		}
		if (emfColor instanceof RGB rgb) {
			return new Color(rgb);
		}
		if (emfColor instanceof org.eclipse.emf.common.util.URI uri && "color".equals(uri.scheme()) && uri.segmentCount() == 3) {
			try {
				return new Color(Integer.parseInt(uri.segment(0)), Integer.parseInt(uri.segment(1)), Integer.parseInt(uri.segment(2)));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		if (emfColor == IItemColorProvider.GRAYED_OUT_COLOR) {
			return Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY);
		}
		return null;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
