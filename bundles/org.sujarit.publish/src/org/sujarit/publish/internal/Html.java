package org.sujarit.publish.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Sujarit's small HTML template mechanism: a builder that writes well-formed, XML-parsable HTML5 and escapes every
 * text and attribute value it is given. There is no way to insert raw markup, so plan text can never inject any.
 * Elements are closed in order (checked); void elements are written as {@code <br/>}.
 */
public final class Html {
	private static final Set<String> VOID = Set.of("meta", "link", "br", "img", "input", "hr");

	private final StringBuilder sb = new StringBuilder(16 * 1024);
	private final Deque<String> open = new ArrayDeque<>();

	/** Opens an element; {@code attrs} are name/value pairs, a {@code null} value leaves the attribute out. */
	public Html open(String tag, String... attrs) {
		start(tag, attrs);
		if (VOID.contains(tag)) {
			sb.append("/>");
		} else {
			sb.append('>');
			open.push(tag);
		}
		return this;
	}

	private void start(String tag, String... attrs) {
		if ((attrs.length & 1) != 0) {
			throw new IllegalArgumentException("attributes come in name/value pairs: " + tag);
		}
		sb.append('<').append(tag);
		for (int i = 0; i < attrs.length; i += 2) {
			if (attrs[i + 1] != null) {
				sb.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
			}
		}
	}

	public Html close(String tag) {
		String top = open.poll();
		if (!tag.equals(top)) {
			throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
		}
		sb.append("</").append(tag).append('>');
		return this;
	}

	/** An element with text content only. */
	public Html el(String tag, String text, String... attrs) {
		open(tag, attrs);
		text(text);
		return close(tag);
	}

	public Html text(String text) {
		sb.append(escape(text));
		return this;
	}

	/** Text whose line breaks become {@code <br/>}. */
	public Html lines(String text) {
		String[] parts = (text == null ? "" : text).split("\n", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				sb.append("<br/>");
			}
			text(parts[i]);
		}
		return this;
	}

	/** The document so far; every element must be closed. */
	public String finish() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("unclosed elements: " + open);
		}
		return sb.toString();
	}

	/** Prepends the HTML5 doctype (the only piece of markup not made by {@link #open}). */
	public String document() {
		return "<!DOCTYPE html>\n" + finish() + "\n";
	}

	/** Escapes text for element content and double-quoted attributes; drops characters XML does not allow. */
	public static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
					if (c != 0xFFFE && c != 0xFFFF) {
						out.append(c);
					}
				}
			}
			}
		}
		return out.toString();
	}
}
