package org.sujarit.ui.reports;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The pages of the last previewed table, as images, one under the other. */
public class ReportPreviewView extends ViewPart {

	public static final String ID = "org.sujarit.ui.reports.preview";

	private ScrolledComposite scroll;
	private Composite pages;

	@Override
	public void createPartControl(Composite parent) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		pages = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(0, 12).applyTo(pages);
		scroll.setContent(pages);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
	}

	/** Shows the page images (replacing what was shown). */
	public void show(String title, List<ImageData> images) {
		for (var c : pages.getChildren()) {
			if (c instanceof Label l && l.getImage() != null) {
				l.getImage().dispose();
			}
			c.dispose();
		}
		for (ImageData p : images) {
			Label page = new Label(pages, SWT.BORDER);
			page.setImage(new Image(pages.getDisplay(), p));
			GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).applyTo(page);
		}
		setContentDescription(org.eclipse.osgi.util.NLS.bind(Messages.pages, title, images.size()));
		scroll.setMinSize(pages.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		pages.layout(true, true);
	}

	/** The size of each shown page image, in page order (for tests). */
	public List<org.eclipse.swt.graphics.Rectangle> getPageBounds() {
		List<org.eclipse.swt.graphics.Rectangle> bounds = new java.util.ArrayList<>();
		for (var c : pages.getChildren()) {
			if (c instanceof Label l && l.getImage() != null) {
				bounds.add(l.getImage().getBounds());
			}
		}
		return bounds;
	}

	public int getPageCount() {
		return pages.getChildren().length;
	}

	@Override
	public void setFocus() {
		scroll.setFocus();
	}

	@Override
	public void dispose() {
		for (var c : pages.getChildren()) {
			if (c instanceof Label l && l.getImage() != null) {
				l.getImage().dispose();
			}
		}
		super.dispose();
	}
}
