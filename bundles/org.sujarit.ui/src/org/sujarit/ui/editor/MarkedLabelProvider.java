package org.sujarit.ui.editor;

import org.sujarit.document.PlanProblems;
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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.sujarit.model.ProjectResult;
import org.sujarit.model.unknown.UnknownContent;
import org.sujarit.model.unknown.UnknownPackage;
import org.sujarit.ui.Messages;
import org.sujarit.emf.ui.viewers.ItemProviderLabelProvider;

/** Item-provider labels plus an error / warning overlay on objects that have validation problems. */
public class MarkedLabelProvider extends ItemProviderLabelProvider implements IStyledLabelProvider {

	// Sujarit's own overlays: the workbench's field decorations are not in an RCP product's image registry
	private static final ImageDescriptor ERROR = overlay("icons/error_ovr.png");
	private static final ImageDescriptor WARNING = overlay("icons/warning_ovr.png");

	private final PlanProblems markers;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	public MarkedLabelProvider(AdapterFactory adapterFactory, PlanProblems markers) {
		super(adapterFactory);
		this.markers = markers;
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (UnknownContent.isReadOnly(element)) {
			// content of a plug-in that is not installed: greyed, with the plug-in it needs
			StyledString s = new StyledString(getText(element), StyledString.QUALIFIER_STYLER);
			s.append(unknownSuffix(element), StyledString.DECORATIONS_STYLER);
			return s;
		}
		StyledString s = new StyledString(getText(element));
		int severity = markers.severityOf(element);
		if (severity >= Diagnostic.WARNING) {
			s.append("  (" + markers.countOf(element) + ")", StyledString.DECORATIONS_STYLER);
		}
		return s;
	}

	/** " (needs plug-in http://…)" naming the missing package of the object or of the unknown project it belongs to. */
	static String unknownSuffix(Object element) {
		for (EObject o = element instanceof EObject e ? e : null; o != null; o = o.eContainer()) {
			EObject owner = o instanceof ProjectResult r && r.getProject() != null ? r.getProject() : o;
			if (UnknownContent.isUnknown(owner) && owner.eClass().getEPackage() instanceof UnknownPackage p) {
				return NLS.bind(Messages.unknownSuffix, p.getNsURI());
			}
		}
		return "";
	}

	@Override
	public Font getFont(Object element) {
		if (UnknownContent.isReadOnly(element)) {
			return resources.create(JFaceResources.getDefaultFontDescriptor().setStyle(SWT.ITALIC));
		}
		return super.getFont(element);
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
