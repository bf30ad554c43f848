package org.sujarit.model.unknown;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.sujarit.model.ProjectResult;

/**
 * Plans that use content from plug-ins which are not installed (a dimension plug-in's EPackage, a newer version's
 * attributes) still open, keep that content and save it back unchanged.
 * <p>
 * Load through {@link #createLoad(XMLHelper)} with unknown features recorded (PlanResource does): an object of a
 * missing EPackage that stands where a project may becomes an {@link UnknownProject} of a stand-in class of an
 * {@link UnknownPackage}; its attributes, and any other unknown content, are recorded on the resource
 * ({@link XMLResource#getEObjectToExtensionMap()}) and written back on save. After
 * loading, {@link #addWarnings(Resource)} puts one warning per missing package on the resource, and
 * {@link #isUnknown(EObject)} tells the editor what to show read-only.
 */
public final class UnknownContent {

	private UnknownContent() {
	}

	/**
	 * The XMI load that turns objects of missing packages into stand-in projects; an XMI resource for plans returns
	 * it from {@code createXMLLoad} and loads with {@link XMLResource#OPTION_RECORD_UNKNOWN_FEATURE} and extended
	 * metadata (PlanResource does).
	 */
	public static XMLLoad createLoad(XMLHelper helper) {
		return new StandInLoad(helper);
	}

	/** Whether the object's class comes from a package that is not installed, or it sits inside such an object. */
	public static boolean isUnknown(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o.eClass().getEPackage() instanceof UnknownPackage) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the editor must leave the object unchanged: unknown content ({@link #isUnknown(EObject)}), or a result
	 * reported for an unknown project (or inside one), which belongs to that project's plug-in as much as the project.
	 */
	public static boolean isReadOnly(Object object) {
		if (!(object instanceof EObject e)) {
			return false;
		}
		if (isUnknown(e)) {
			return true;
		}
		for (EObject o = e; o != null; o = o.eContainer()) {
			if (o instanceof ProjectResult r && r.getProject() != null && isUnknown(r.getProject())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the resource keeps attributes or elements of this object that no installed class defines. */
	public static boolean hasUnknownFeatures(EObject object) {
		Resource r = object.eResource();
		return r instanceof XMLResource xml && xml.getEObjectToExtensionMap().get(object) != null;
	}

	/** Whether anything in the resource comes from a package that is not installed or has unknown features. */
	public static boolean hasUnknownContent(Resource resource) {
		if (resource instanceof XMLResource xml && !xml.getEObjectToExtensionMap().isEmpty()) {
			return true;
		}
		return !missingPackages(resource).isEmpty();
	}

	/** The missing packages' nsURIs, each with the names of the classes used from it, in document order. */
	public static Map<String, List<String>> missingPackages(Resource resource) {
		Map<String, TreeSet<String>> found = new LinkedHashMap<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o.eClass().getEPackage() instanceof UnknownPackage p) {
				found.computeIfAbsent(p.getNsURI(), k -> new TreeSet<>()).add(o.eClass().getName());
			}
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		found.forEach((uri, classes) -> result.put(uri, new ArrayList<>(classes)));
		return result;
	}

	/** One warning per missing package of the resource (not added to the resource). */
	public static List<MissingPackageWarning> warnings(Resource resource) {
		List<MissingPackageWarning> warnings = new ArrayList<>();
		missingPackages(resource).forEach(
				(uri, classes) -> warnings.add(new MissingPackageWarning(resource, uri, classes, count(resource, uri))));
		return warnings;
	}

	/** Puts one {@link MissingPackageWarning} per missing package on the resource's warnings (once). */
	public static void addWarnings(Resource resource) {
		for (Iterator<Resource.Diagnostic> it = resource.getWarnings().iterator(); it.hasNext();) {
			if (it.next() instanceof MissingPackageWarning) {
				it.remove();
			}
		}
		resource.getWarnings().addAll(warnings(resource));
	}

	private static int count(Resource resource, String nsURI) {
		int n = 0;
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o.eClass().getEPackage() instanceof UnknownPackage p && p.getNsURI().equals(nsURI)) {
				n++;
			}
		}
		return n;
	}

	/** A resource warning naming a package that no installed plug-in provides. */
	public static final class MissingPackageWarning implements Resource.Diagnostic {
		private final String location;
		private final String nsURI;
		private final List<String> classes;
		private final int objects;

		MissingPackageWarning(Resource resource, String nsURI, List<String> classes, int objects) {
			this.location = resource.getURI() == null ? null : resource.getURI().toString();
			this.nsURI = nsURI;
			this.classes = List.copyOf(classes);
			this.objects = objects;
		}

		public String getNsURI() {
			return nsURI;
		}

		public List<String> getClasses() {
			return classes;
		}

		public int getObjectCount() {
			return objects;
		}

		/** The message in English, or in Thai when {@code locale} is Thai (messages*.properties, UTF-8). */
		public String getMessage(Locale locale) {
			ResourceBundle bundle = ResourceBundle.getBundle("org.sujarit.model.unknown.messages",
					locale == null ? Locale.ENGLISH : locale, UnknownContent.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			String key = objects == 1 ? "missingPackage.one" : "missingPackage.many";
			return MessageFormat.format(bundle.getString(key).replace("'", "''"), String.join(", ", classes), nsURI,
					String.valueOf(objects));
		}

		@Override
		public String getMessage() {
			return getMessage(Locale.getDefault());
		}

		@Override
		public String getLocation() {
			return location;
		}

		@Override
		public int getLine() {
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
		}
	}
}
