package org.sujarit.model.unknown;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.sujarit.model.PlanPackage;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI loading in which an object typed by a missing EPackage, held where a plan::Project may stand (a dimension's,
 * mission's or sub-mission's projects), becomes an {@link UnknownProject} of a stand-in class instead of unknown XML:
 * it stays a project of the plan (counted, listed, reported) while its own attributes are recorded as unknown
 * features and written back on save. Everything else unknown keeps EMF's handling (recorded as XML, saved back).
 */
public class StandInLoad extends XMILoadImpl {

	public StandInLoad(XMLHelper helper) {
		super(helper);
	}

	@Override
	protected DefaultHandler makeDefaultHandler() {
		return new Handler(resource, helper, options);
	}

	private static final class Handler extends SAXXMIHandler {

		/** Stand-in packages by nsURI (a handler may be pooled and reused; the packages stay valid). */
		private final Map<String, UnknownPackage> standIns = new HashMap<>();

		Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
		}

		@Override
		protected EObject createObjectFromTypeName(EObject peekObject, String typeQName, EStructuralFeature feature) {
			if (feature instanceof EReference ref && ref.isContainment()
					&& ref.getEReferenceType().isSuperTypeOf(PlanPackage.Literals.PROJECT)) {
				int colon = typeQName.indexOf(':');
				String prefix = colon < 0 ? "" : typeQName.substring(0, colon);
				String name = colon < 0 ? typeQName : typeQName.substring(colon + 1);
				String nsURI = helper.getURI(prefix);
				if (nsURI != null && packageRegistry.getEPackage(nsURI) == null) {
					UnknownPackage p = standIns.computeIfAbsent(nsURI, UnknownPackage::new);
					EObject standIn = p.getEFactoryInstance().create((EClass) p.getEClassifier(name));
					if (disableNotify) {
						standIn.eSetDeliver(false);
					}
					// as EMF does right after creating an object: its attributes (unknown ones are recorded)
					handleObjectAttribs(standIn);
					setFeatureValue(peekObject, feature, standIn);
					processObject(standIn);
					return standIn;
				}
			}
			return super.createObjectFromTypeName(peekObject, typeQName, feature);
		}
	}
}
