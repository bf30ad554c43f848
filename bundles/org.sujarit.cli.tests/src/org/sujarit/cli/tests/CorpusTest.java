package org.sujarit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sujarit.cli.CliApplication;
import org.sujarit.framework.validation.Finding;
import org.sujarit.framework.validation.PlanValidator;
import org.sujarit.importer.ImportException;
import org.sujarit.importer.SeedImporter;
import org.sujarit.model.Plan;
import org.sujarit.model.io.PlanLoadException;
import org.sujarit.model.io.PlanResources;

/**
 * The malformed-input corpus ({@code corpus/cases.txt}): every case through the real command line in-process (exit
 * code, one line on stderr, no stack trace, nothing written on failure) and through the API (the problem code, and
 * where given the object, line, column or amount).
 */
class CorpusTest {

	@TempDir
	Path out;

	record Case(String command, List<Path> files, int exit, String code, Map<String, String> expect, String text) {
		@Override
		public String toString() {
			return text;
		}
	}

	@TestFactory
	Stream<DynamicTest> corpus() throws IOException {
		Path root = corpusFolder();
		List<Case> cases = new ArrayList<>();
		for (String line : Files.readAllLines(root.resolve("cases.txt"))) {
			String t = line.strip();
			if (t.isEmpty() || t.startsWith("#")) {
				continue;
			}
			String[] f = t.split("\\s+");
			List<Path> files = Arrays.stream(f[1].split("\\+")).map(root::resolve).toList();
			Map<String, String> expect = new HashMap<>();
			for (int i = 4; i < f.length; i++) {
				String[] kv = f[i].split("=", 2);
				expect.put(kv[0], kv[1]);
			}
			cases.add(new Case(f[0], files, Integer.parseInt(f[2]), f[3], expect, t));
		}
		assertTrue(cases.size() >= 50, "the corpus has all its cases: " + cases.size());
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.text(), () -> run(c)));
	}

	private void run(Case c) throws Exception {
		for (Path f : c.files()) {
			assertTrue(Files.isRegularFile(f), f.toString());
		}
		Path target = out.resolve(c.command().equals("report") ? "out.pdf" : "out.sujarit");
		Files.deleteIfExists(target);
		List<String> args = new ArrayList<>(List.of(c.command()));
		switch (c.command()) {
		case "validate" -> args.addAll(List.of("--plan", c.files().get(0).toString()));
		case "report" -> args.addAll(List.of("--plan", c.files().get(0).toString(), "--table", "summary", "--out",
				target.toString()));
		case "import" -> {
			for (Path f : c.files()) {
				args.addAll(List.of("--from", f.toString()));
			}
			args.addAll(List.of("--out", target.toString()));
		}
		default -> fail("unknown command in the corpus: " + c.command());
		}
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int exit = new CliApplication(new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
		String err = stderr.toString(StandardCharsets.UTF_8);
		String outText = stdout.toString(StandardCharsets.UTF_8);
		assertEquals(c.exit(), exit, c + "\nstdout: " + outText + "\nstderr: " + err);
		assertFalse(err.contains("Exception") || err.contains("Unexpected failure") || err.contains("Impl@"), err);
		assertFalse(outText.contains("Impl@"), "no Java object names in findings: " + outText);
		if (exit == 2) {
			assertEquals(1, err.strip().lines().count(), "one line on stderr: " + err);
			assertFalse(Files.exists(target), "nothing written when the input is refused");
		}
		if (c.command().equals("import") && exit == 0) {
			assertTrue(Files.size(target) > 0);
		}
		checkApi(c);
	}

	/** The problem code (and where given the object, position or amount) through the API. */
	private static void checkApi(Case c) throws Exception {
		Path file = c.files().get(0);
		if (c.command().equals("import")) {
			try {
				Plan plan = c.files().size() == 1 ? SeedImporter.importFile(file) : SeedImporter.importFiles(c.files());
				assertEquals("-", c.code(), "imported, but expected " + c.code());
				if (c.expect().containsKey("amount")) {
					BigDecimal amount = plan.getAllProjects().get(0).getBudgets().get(0).getAmount();
					assertEquals(new BigDecimal(c.expect().get("amount")), amount);
				}
			} catch (ImportException e) {
				assertEquals(c.code(), e.getKey(), e.getMessage());
				if (c.expect().containsKey("line")) {
					assertEquals(Integer.parseInt(c.expect().get("line")), e.getLine(), e.getMessage());
				}
				if (c.expect().containsKey("column")) {
					assertTrue(e.getMessage().contains("column \"" + c.expect().get("column") + "\""), e.getMessage());
				}
				bilingual(e.getMessage(), e.getMessage(Locale.forLanguageTag("th")));
			}
			return;
		}
		Plan plan;
		try {
			plan = PlanResources.loadPlan(file);
		} catch (PlanLoadException e) {
			assertEquals(c.code(), e.getKey(), e.getMessage());
			if (c.expect().containsKey("line")) {
				assertEquals(Integer.parseInt(c.expect().get("line")), e.getLine(), e.getMessage());
				assertEquals(Integer.parseInt(c.expect().get("column")), e.getColumn(), e.getMessage());
			}
			bilingual(e.getMessage(), e.getMessage(Locale.forLanguageTag("th")));
			return;
		}
		assertFalse(c.code().startsWith("load."), "loaded, but expected " + c.code());
		Diagnostic root = PlanValidator.validate(plan, new NullProgressMonitor());
		List<Finding> errors = new ArrayList<>();
		for (Diagnostic d : root.getChildren()) {
			assertTrue(d instanceof Finding, "only Sujarit findings, not EMF's raw text: " + d.getMessage());
			if (d.getSeverity() == Diagnostic.ERROR) {
				errors.add((Finding) d);
			}
		}
		if (c.code().equals("-")) {
			assertEquals(List.of(), errors);
			return;
		}
		assertEquals(1, errors.size(), "one finding: " + errors);
		Finding f = errors.get(0);
		assertEquals(c.code(), f.getKey(), f.toString());
		assertNotNull(f.getTarget());
		assertEquals(c.expect().get("target"), f.getTarget().eClass().getName(), f.toString());
	}

	private static void bilingual(String english, String thai) {
		assertFalse(english.equals(thai), "a Thai message exists: " + english);
		assertTrue(thai.codePoints().anyMatch(cp -> cp >= 0x0E01 && cp <= 0x0E5B), thai);
	}

	static Path corpusFolder() throws IOException {
		URL url = FileLocator.find(FrameworkUtil.getBundle(CorpusTest.class),
				org.eclipse.core.runtime.IPath.fromPortableString("corpus/cases.txt"), null);
		assertNotNull(url, "corpus/cases.txt in the test bundle");
		return Path.of(FileLocator.toFileURL(url).getPath()).getParent();
	}
}
