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
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.sujarit.emf.ui.viewers.ItemProviderLabelProvider;

/** Item-provider labels plus an error / warning overlay on objects that have validation problems. */
public class MarkedLabelProvider extends ItemProviderLabelProvider implements IStyledLabelProvider {

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
		String overlay = severity >= Diagnostic.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING;
		ImageDescriptor o = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
		return resources.create(new DecorationOverlayIcon(base, o, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
