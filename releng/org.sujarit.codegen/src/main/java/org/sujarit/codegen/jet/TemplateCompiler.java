package org.sujarit.codegen.jet;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.eclipse.emf.codegen.jet.JETCompiler;
import org.eclipse.emf.codegen.jet.JETException;
import org.eclipse.emf.codegen.jet.JETMark;

/**
 * Turns a JET template into a callable {@code generate(Object)} method without Eclipse: EMF's JETCompiler translates
 * the template to Java, the JDK's compiler compiles that in memory, a private class loader defines it.
 */
final class TemplateCompiler {

	private TemplateCompiler() {
	}

	static Method compile(String[] templatePath, String template, ClassLoader parent) throws JETException {
		JETCompiler jet = new NoWorkspaceJetCompiler(templatePath, template);
		try {
			jet.parse();
		} catch (NullPointerException e) {
			// JETMark.format needs the running CodeGen plug-in to describe a syntax error; name the template at least
			throw new JETException("JET syntax error in template " + template, e);
		}
		StringWriter source = new StringWriter();
		jet.generate(source);
		String pkg = jet.getSkeleton().getPackageName();
		String className = (pkg == null || pkg.isEmpty() ? "" : pkg + ".") + jet.getSkeleton().getClassName();
		Map<String, byte[]> classes = javac(className, source.toString(), classPath(parent), template);
		ClassLoader loader = new ClassLoader(parent) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] b = classes.get(name);
				if (b == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, b, 0, b.length);
			}

			@Override
			protected synchronized Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
				// our freshly compiled template wins over a same-named class on the parent's path
				if (classes.containsKey(name)) {
					Class<?> c = findLoadedClass(name);
					return c != null ? c : findClass(name);
				}
				return super.loadClass(name, resolve);
			}
		};
		try {
			return loader.loadClass(className).getMethod("generate", Object.class);
		} catch (ReflectiveOperationException e) {
			throw new JETException("template " + template + " did not produce " + className, e);
		}
	}

	private static Map<String, byte[]> javac(String className, String source, String classPath, String template)
			throws JETException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new JETException("the code generator needs a JDK (no system Java compiler found)");
		}
		DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
		Map<String, ByteArrayOutputStream> out = new HashMap<>();
		JavaFileManager files = new ForwardingJavaFileManager<>(compiler.getStandardFileManager(problems, null, StandardCharsets.UTF_8)) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
					@Override
					public OutputStream openOutputStream() {
						return out.computeIfAbsent(name, n -> new ByteArrayOutputStream());
					}
				};
			}
		};
		JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".java"),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		boolean ok = compiler.getTask(null, files, problems, List.of("-classpath", classPath, "-proc:none", "-nowarn"), null,
				List.of(unit)).call();
		if (!ok) {
			StringBuilder message = new StringBuilder("template " + template + " does not compile:");
			String[] lines = source.split("\n", -1);
			problems.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).forEach(d -> {
				message.append("\n  ").append(d.getMessage(null));
				long line = d.getLineNumber();
				if (line > 0 && line <= lines.length) {
					message.append("\n    > ").append(lines[(int) line - 1].strip());
				}
			});
			throw new JETException(message.toString());
		}
		Map<String, byte[]> classes = new HashMap<>();
		out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

	/** The class path the template classes need: the generator's own (exec:java's URL loader, else java.class.path). */
	static String classPath(ClassLoader loader) {
		Set<String> entries = new LinkedHashSet<>();
		for (ClassLoader l = loader; l != null; l = l.getParent()) {
			if (l instanceof URLClassLoader u) {
				for (URL url : u.getURLs()) {
					if ("file".equals(url.getProtocol())) {
						try {
							entries.add(new File(url.toURI()).getPath());
						} catch (java.net.URISyntaxException e) {
							entries.add(url.getPath());
						}
					}
				}
			}
		}
		for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!e.isBlank()) {
				entries.add(e);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * JETCompiler checks the {@code package} and {@code class} attributes of the {@code jet} directive through JDT,
	 * which needs a running workspace outside of which it throws. The attributes are applied after the check instead
	 * (javac rejects bad names anyway).
	 */
	static final class NoWorkspaceJetCompiler extends JETCompiler {
		NoWorkspaceJetCompiler(String[] templatePath, String template) throws JETException {
			super(templatePath, template, "UTF-8");
		}

		@Override
		public void handleDirective(String directive, JETMark start, JETMark stop, Map<String, String> attributes)
				throws JETException {
			if (!"jet".equals(directive) || skeleton != null) {
				super.handleDirective(directive, start, stop, attributes);
				return;
			}
			Map<String, String> rest = new LinkedHashMap<>(attributes);
			String pkg = rest.remove("package");
			String cls = rest.remove("class");
			super.handleDirective(directive, start, stop, rest);
			if (pkg != null) {
				skeleton.setPackageName(pkg.strip());
			}
			if (cls != null) {
				skeleton.setClassName(cls.strip());
			}
		}
	}
}
