package org.sujarit.publish.tests;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A small checker for a published site: parses every page with the JDK's XML parser (the site writes well-formed
 * HTML5) and collects problems: missing title or lang, links or images that do not resolve, external URLs, heading
 * levels that skip, tables without caption or header cells, images and charts without text alternative.
 */
final class SiteChecker {
	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)");

	final Path root;
	final Map<Path, Document> pages = new HashMap<>();
	final List<String> problems = new ArrayList<>();

	SiteChecker(Path root) throws Exception {
		this.root = root;
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		f.setExpandEntityReferences(false);
		DocumentBuilder b = f.newDocumentBuilder();
		try (Stream<Path> s = Files.walk(root)) {
			for (Path p : s.filter(x -> x.toString().endsWith(".html")).toList()) {
				try {
					pages.put(p, b.parse(p.toFile()));
				} catch (Exception e) {
					problems.add(rel(p) + ": not well-formed: " + e.getMessage());
				}
			}
		}
	}

	String rel(Path p) {
		return root.relativize(p).toString();
	}

	Document page(String relative) {
		return pages.get(root.resolve(relative));
	}

	List<String> check() throws IOException {
		for (Map.Entry<Path, Document> e : pages.entrySet()) {
			checkPage(e.getKey(), e.getValue());
		}
		try (Stream<Path> s = Files.walk(root)) {
			for (Path css : s.filter(x -> x.toString().endsWith(".css")).toList()) {
				Matcher m = CSS_URL.matcher(Files.readString(css));
				while (m.find()) {
					reference(css, "css url", m.group(1));
				}
			}
		}
		return problems;
	}

	private void checkPage(Path file, Document doc) {
		Element html = doc.getDocumentElement();
		String where = rel(file);
		if (!"html".equals(html.getTagName()) || html.getAttribute("lang").isBlank()) {
			problems.add(where + ": no <html lang>");
		}
		NodeList titles = doc.getElementsByTagName("title");
		boolean title = false;
		for (int i = 0; i < titles.getLength(); i++) {
			if (titles.item(i).getParentNode().getNodeName().equals("head")
					&& !titles.item(i).getTextContent().isBlank()) {
				title = true;
			}
		}
		if (!title) {
			problems.add(where + ": no <title>");
		}
		boolean description = false;
		for (Element m : elements(doc, "meta")) {
			description |= "description".equals(m.getAttribute("name")) && !m.getAttribute("content").isBlank();
		}
		if (!description) {
			problems.add(where + ": no meta description");
		}
		if (elements(doc, "h1").size() != 1) {
			problems.add(where + ": " + elements(doc, "h1").size() + " h1 elements");
		}
		int last = 0;
		for (Element h : headings(html, new ArrayList<>())) {
			int level = h.getTagName().charAt(1) - '0';
			if (level > last + 1) {
				problems.add(where + ": heading " + h.getTagName() + " after h" + last + " (" + h.getTextContent() + ")");
			}
			last = level;
		}
		for (Element t : elements(doc, "table")) {
			if (elements(t, "caption").isEmpty() || elements(t, "th").isEmpty()) {
				problems.add(where + ": table without caption or header cells");
			}
		}
		for (Element th : elements(doc, "th")) {
			if (th.getAttribute("scope").isBlank()) {
				problems.add(where + ": th without scope: " + th.getTextContent());
			}
		}
		for (Element img : elements(doc, "img")) {
			if (!img.hasAttribute("alt")) {
				problems.add(where + ": img without alt: " + img.getAttribute("src"));
			}
		}
		for (Element svg : elements(doc, "svg")) {
			if (!"img".equals(svg.getAttribute("role")) || elements(svg, "title").isEmpty()
					|| elements(svg, "desc").isEmpty()) {
				problems.add(where + ": chart without role=img, title and desc");
			}
		}
		walk(html, file, doc);
	}

	private List<Element> headings(Element e, List<Element> into) {
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element c) {
				if (c.getTagName().matches("h[1-6]")) {
					into.add(c);
				}
				headings(c, into);
			}
		}
		return into;
	}

	private void walk(Element e, Path file, Document doc) {
		NamedNodeMap attrs = e.getAttributes();
		for (int i = 0; i < attrs.getLength(); i++) {
			String name = attrs.item(i).getNodeName();
			String value = attrs.item(i).getNodeValue();
			if (name.equals("href") || name.equals("src") || name.equals("action") || name.equals("srcset")
					|| name.equals("poster") || name.equals("data")) {
				if (value.startsWith("#")) {
					if (!value.equals("#") && findId(doc, value.substring(1)) == null) {
						problems.add(rel(file) + ": no element with id " + value);
					}
				} else {
					reference(file, e.getTagName() + "@" + name, value);
				}
			}
			if (name.equals("style") && value.contains("url(")) {
				problems.add(rel(file) + ": inline style with url()");
			}
		}
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element c) {
				walk(c, file, doc);
			}
		}
	}

	private void reference(Path from, String what, String value) {
		String v = value.trim();
		if (v.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || v.startsWith("//")) {
			problems.add(rel(from) + ": external or scheme URL in " + what + ": " + v);
			return;
		}
		String fragment = null;
		int hash = v.indexOf('#');
		if (hash >= 0) {
			fragment = v.substring(hash + 1);
			v = v.substring(0, hash);
		}
		int q = v.indexOf('?');
		if (q >= 0) {
			v = v.substring(0, q);
		}
		Path target = from.getParent().resolve(URLDecoder.decode(v, StandardCharsets.UTF_8)).normalize();
		if (!target.startsWith(root) || !Files.isRegularFile(target)) {
			problems.add(rel(from) + ": " + what + " does not resolve: " + value);
			return;
		}
		if (fragment != null && !fragment.isEmpty()) {
			Document d = pages.get(target);
			if (d == null || findId(d, fragment) == null) {
				problems.add(rel(from) + ": " + what + " fragment does not resolve: " + value);
			}
		}
	}

	static Element findId(Document doc, String id) {
		for (Element e : elements(doc, "*")) {
			if (id.equals(e.getAttribute("id"))) {
				return e;
			}
		}
		return null;
	}

	static List<Element> elements(Node parent, String tag) {
		NodeList list = parent instanceof Document d ? d.getElementsByTagName(tag)
				: ((Element) parent).getElementsByTagName(tag);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	/** Elements with the given tag whose class list contains {@code cls}. */
	static List<Element> byClass(Node parent, String tag, String cls) {
		List<Element> out = new ArrayList<>();
		for (Element e : elements(parent, tag)) {
			if ((" " + e.getAttribute("class") + " ").contains(" " + cls + " ")) {
				out.add(e);
			}
		}
		return out;
	}
}
