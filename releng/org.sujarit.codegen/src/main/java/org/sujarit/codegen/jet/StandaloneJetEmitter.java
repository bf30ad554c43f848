package org.sujarit.codegen.jet;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.codegen.jet.JETEmitter;
import org.eclipse.emf.codegen.jet.JETException;
import org.eclipse.emf.common.util.Monitor;

/**
 * A JETEmitter that works in a plain JVM. EMF's own emitter compiles templates only inside a running Eclipse (in a
 * hidden workspace project); standalone it silently produces empty files. This one compiles each template once per
 * JVM with {@link TemplateCompiler}. EMF's generator adapters only log emitter failures, so failures are also kept
 * in {@link #failures()} for the caller to fail the build.
 */
public class StandaloneJetEmitter extends JETEmitter {

	private static final Map<String, Object> COMPILED = new ConcurrentHashMap<>(); // Method or JETException
	private static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());

	public StandaloneJetEmitter(String[] templatePath, String template, ClassLoader classLoader) {
		super(templatePath, template, classLoader, "UTF-8");
	}

	public static List<String> failures() {
		return FAILURES;
	}

	@Override
	public void initialize(Monitor monitor) throws JETException {
		String key = String.join(";", templateURIPath) + "#" + templateURI;
		Object compiled = COMPILED.computeIfAbsent(key, k -> {
			try {
				return TemplateCompiler.compile(templateURIPath, templateURI, classLoader);
			} catch (JETException | RuntimeException e) {
				FAILURES.add(templateURI + ": " + e.getMessage());
				return e instanceof JETException je ? je : new JETException(e);
			}
		});
		if (compiled instanceof JETException e) {
			throw e;
		}
		setMethod((Method) compiled);
	}
}
