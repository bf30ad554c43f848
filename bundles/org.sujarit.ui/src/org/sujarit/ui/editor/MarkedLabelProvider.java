package org.sujarit.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.sujarit.emf.ui.viewers.ItemProviderLabelProvider;

/** Item-provider labels plus an error / warning overlay on objects that have validation problems. */
public class MarkedLabelProvider extends ItemProviderLabelProvider implements IStyledLabelProvider {

	// Sujarit's own overlays: the workbench's field decorations are not in an RCP product's image registry
	private static final ImageDescriptor ERROR = overlay("icons/error_ovr.png");
	private static final ImageDescriptor WARNING = overlay("icons/warning_ovr.png");

	private final ProblemMarkers markers;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	public MarkedLabelProvider(AdapterFactory adapterFactory, ProblemMarkers markers) {
		super(adapterFactory);
		this.markers = markers;
	}

	@Override
	public StyledString getStyledText(Object element) {
		StyledString s = new StyledString(getText(element));
		int severity = markers.severityOf(element);
		if (severity >= Diagnostic.WARNING) {
			s.append("  (" + markers.countOf(element) + ")", StyledString.DECORATIONS_STYLER);
		}
		return s;
	}

	@Override
	public Image getImage(Object element) {
		Image base = super.getImage(element);
		int severity = markers.severityOf(element);
		if (base == null || severity < Diagnostic.WARNING) {
			return base;
		}
		ImageDescriptor o = severity >= Diagnostic.ERROR ? ERROR : WARNING;
		if (o == null) {
			return base;
		}
		try {
			return resources.create(new DecorationOverlayIcon(base, o, IDecoration.BOTTOM_LEFT));
		} catch (RuntimeException e) {
			return base; // a missing overlay must never break the tree
		}
	}

	private static ImageDescriptor overlay(String path) {
		java.net.URL url = MarkedLabelProvider.class.getClassLoader().getResource(path);
		if (url == null) {
			org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(MarkedLabelProvider.class);
			url = b == null ? null : b.getEntry(path);
		}
		return url == null ? null : ImageDescriptor.createFromURL(url);
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
