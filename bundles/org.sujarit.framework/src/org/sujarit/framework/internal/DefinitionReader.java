package org.sujarit.framework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import org.sujarit.framework.CatalogueEntry;
import org.sujarit.framework.DimensionDescriptor;
import org.sujarit.framework.MissionDescriptor;
import org.sujarit.framework.SubMissionDescriptor;
import org.sujarit.model.ProjectKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the structure and catalogue files of a framework or dimension contribution (formats in
 * schema/frameworks.exsd). DOCTYPEs are refused: the files come from third-party plug-ins.
 */
public final class DefinitionReader {

	/** A file that cannot be used; the message says what is wrong and where (English). */
	public static final class DefinitionException extends Exception {
		private static final long serialVersionUID = 1L;

		public DefinitionException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private DefinitionReader() {
	}

	public static List<DimensionDescriptor> readStructure(InputStream in, String contributor, boolean required,
			List<String> ePackages) throws DefinitionException {
		Element root = parse(in, "structure");
		List<DimensionDescriptor> dimensions = new ArrayList<>();
		for (Element d : children(root, "dimension")) {
			String code = code(d, null);
			List<MissionDescriptor> missions = new ArrayList<>();
			for (Element m : children(d, "mission")) {
				String missionCode = code(m, code);
				List<SubMissionDescriptor> subs = new ArrayList<>();
				for (Element s : children(m, "subMission")) {
					subs.add(new SubMissionDescriptor(code(s, missionCode), attr(s, "name"), attr(s, "nameEn"),
							nameKnown(s)));
				}
				missions.add(new MissionDescriptor(missionCode, attr(m, "name"), attr(m, "nameEn"), nameKnown(m), subs));
			}
			dimensions.add(new DimensionDescriptor(code, attr(d, "name"), attr(d, "nameEn"), nameKnown(d), missions,
					contributor, required, ePackages));
		}
		if (dimensions.isEmpty()) {
			throw new DefinitionException("no <dimension> element", null);
		}
		return dimensions;
	}

	public static List<CatalogueEntry> readCatalogue(InputStream in, String contributor) throws DefinitionException {
		Element root = parse(in, "catalogue");
		List<CatalogueEntry> entries = new ArrayList<>();
		for (Element e : children(root, "entry")) {
			String subMission = attr(e, "subMission");
			if (subMission == null) {
				throw new DefinitionException("<entry> without subMission attribute", null);
			}
			String kindText = attr(e, "kind");
			ProjectKind kind = kindText == null ? ProjectKind.PROJECT : ProjectKind.get(kindText.toLowerCase(Locale.ROOT));
			if (kind == null) {
				throw new DefinitionException("unknown kind \"" + kindText + "\" (project, activity or measure)", null);
			}
			String name = text(e, "name");
			if (name == null) {
				throw new DefinitionException("<entry subMission=\"" + subMission + "\"> without <name>", null);
			}
			entries.add(new CatalogueEntry(subMission, kind, name, text(e, "nameEn"), texts(e, "output"),
					texts(e, "outcome"), attr(e, "eClass"), attr(e, "source"), contributor));
		}
		return entries;
	}

	private static Element parse(InputStream in, String rootName) throws DefinitionException {
		try (in) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			factory.setNamespaceAware(true);
			// validated while parsing: a misspelt attribute or element is an error with its line, not ignored
			factory.setSchema(schema());
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
					// not a reason to refuse the file
				}

				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e;
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e;
				}
			});
			Document document = builder.parse(in);
			Element root = document.getDocumentElement();
			if (!rootName.equals(root.getTagName())) {
				throw new DefinitionException("root element is <" + root.getTagName() + ">, expected <" + rootName + ">",
						null);
			}
			return root;
		} catch (SAXParseException e) {
			throw new DefinitionException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
					+ e.getMessage(), e);
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new DefinitionException(e.getMessage(), e);
		}
	}

	private static volatile Schema schema;

	/** schema/definitions.xsd of this bundle, compiled once; it never fetches anything from outside. */
	static Schema schema() throws SAXException, IOException {
		Schema s = schema;
		if (s == null) {
			URL url = null;
			Bundle bundle = FrameworkUtil.getBundle(DefinitionReader.class);
			if (bundle != null) {
				url = FileLocator.find(bundle, IPath.fromPortableString(SCHEMA), null);
			}
			if (url == null) {
				throw new IOException("missing " + SCHEMA);
			}
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			try (InputStream in = url.openStream()) {
				s = factory.newSchema(new StreamSource(in, url.toExternalForm()));
			}
			schema = s;
		}
		return s;
	}

	static final String SCHEMA = "schema/definitions.xsd";

	private static String code(Element e, String parentCode) throws DefinitionException {
		String code = attr(e, "code");
		if (code == null) {
			throw new DefinitionException("<" + e.getTagName() + "> without code", null);
		}
		if (parentCode != null && !code.startsWith(parentCode + '.')) {
			throw new DefinitionException("code " + code + " does not start with its parent's code " + parentCode + '.',
					null);
		}
		return code;
	}

	private static boolean nameKnown(Element e) {
		return !"false".equals(attr(e, "nameKnown"));
	}

	private static String attr(Element e, String name) {
		String value = e.getAttribute(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getTagName())) {
				result.add(e);
			}
		}
		return result;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		if (found.isEmpty()) {
			return null;
		}
		String t = found.get(0).getTextContent();
		return t == null || t.isBlank() ? null : t.strip();
	}

	private static List<String> texts(Element parent, String name) {
		List<String> result = new ArrayList<>();
		for (Element e : children(parent, name)) {
			String t = e.getTextContent();
			if (t != null && !t.isBlank()) {
				result.add(t.strip());
			}
		}
		return result;
	}
}
