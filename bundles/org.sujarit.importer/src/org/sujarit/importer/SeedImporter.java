package org.sujarit.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sujarit.model.Plan;
import org.sujarit.model.ResultsRound;
import org.sujarit.model.io.PlanResources;
import org.sujarit.model.io.Utf8Position;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Builds a {@link Plan} from Sujarit's seed-data files:
 * <ul>
 * <li>a plan JSON document ({@code plan → dimensions → missions → subMissions → projects});</li>
 * <li>a one-year plan CSV table ({@code seq,name,dimension,budget,q1..q4,remark}) and its results CSV tables
 * ({@code seq,…,disbursed,status,remark}; the year and round come from the file name, e.g.
 * {@code report-2565-12m.csv}).</li>
 * </ul>
 * The shape is detected from the content, not the extension. Every problem is an {@link ImportException} naming the
 * file (and the line of a bad CSV row). Command line: {@link #run(String[], PrintStream, PrintStream)}.
 */
public final class SeedImporter {

	private SeedImporter() {
	}

	/**
	 * Imports one plan file. For a plan CSV, results tables beside it named {@code report-<year>-<round>.csv} are
	 * imported too.
	 */
	public static Plan importFile(Path from) throws ImportException {
		Source source = read(from);
		if (source.kind == Kind.RESULTS) {
			throw new ImportException(from, -1, Messages.RESULTS_WITHOUT_PLAN, null, from);
		}
		Plan plan = source.toPlan();
		if (source.kind == Kind.CSV_PLAN) {
			for (Source results : siblingResults(from, plan.getFirstYear())) {
				plan.getResultsRounds().add(CsvPlanImporter.readResults(results.csv, plan));
			}
		}
		return plan;
	}

	/** Imports exactly one plan file plus any number of results tables for it, in the given order. */
	public static Plan importFiles(List<Path> files) throws ImportException {
		if (files == null || files.isEmpty()) {
			throw new ImportException(null, -1, Messages.NO_FILES, null);
		}
		Source plan = null;
		List<Source> results = new ArrayList<>();
		for (Path f : files) {
			Source s = read(f);
			if (s.kind == Kind.RESULTS) {
				results.add(s);
			} else if (plan != null) {
				throw new ImportException(f, -1, Messages.SEVERAL_PLANS, null, plan.file, f);
			} else {
				plan = s;
			}
		}
		if (plan == null) {
			throw new ImportException(results.get(0).file, -1, Messages.RESULTS_WITHOUT_PLAN, null,
					results.get(0).file);
		}
		Plan result = plan.toPlan();
		for (Source s : results) {
			ResultsRound round = CsvPlanImporter.readResults(s.csv, result);
			result.getResultsRounds().add(round);
		}
		return result;
	}

	// ------------------------------------------------------------------ command line

	/**
	 * {@code --from FILE [--from FILE ...] --out FILE.sujarit}: imports and saves atomically. Messages follow the
	 * default locale. Returns the process exit code: 0 done, 1 import or save failed, 2 wrong arguments.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<Path> from = new ArrayList<>();
		Path to = null;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (("--from".equals(a) || "--out".equals(a)) && i + 1 < args.length) {
				Path p = Path.of(args[++i]);
				if ("--from".equals(a)) {
					from.add(p);
				} else {
					to = p;
				}
			} else {
				err.println(Messages.BUNDLE.local(Messages.CLI_USAGE));
				return 2;
			}
		}
		if (from.isEmpty() || to == null) {
			err.println(Messages.BUNDLE.local(Messages.CLI_USAGE));
			return 2;
		}
		try {
			Plan plan = from.size() == 1 ? importFile(from.get(0)) : importFiles(from);
			PlanResources.save(plan, to);
			out.println(Messages.BUNDLE.local(Messages.CLI_DONE, String.valueOf(plan.projectCount()), to));
			return 0;
		} catch (ImportException | IOException e) {
			err.println(Messages.BUNDLE.local(Messages.CLI_FAILED, e.getLocalizedMessage()));
			return 1;
		}
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	// ------------------------------------------------------------------ detection

	private enum Kind {
		JSON_PLAN, CSV_PLAN, RESULTS
	}

	private record Source(Path file, Kind kind, JsonElement json, Csv csv) {

		Plan toPlan() throws ImportException {
			return kind == Kind.JSON_PLAN ? new JsonPlanImporter(file).read(json) : CsvPlanImporter.readPlan(csv);
		}
	}

	private static Source read(Path file) throws ImportException {
		String text = readText(file);
		String trimmed = text.strip();
		if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
			JsonElement root;
			try {
				root = JsonParser.parseString(text);
			} catch (JsonParseException e) {
				throw new ImportException(file, -1, Messages.BAD_JSON, e, file,
						e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
			}
			if (JsonPlanImporter.looksLikePlan(root)) {
				return new Source(file, Kind.JSON_PLAN, root, null);
			}
			throw new ImportException(file, -1, Messages.UNKNOWN_SHAPE, null, file);
		}
		Csv csv = Csv.parse(file, text);
		if (CsvPlanImporter.isPlanTable(csv)) {
			return new Source(file, Kind.CSV_PLAN, null, csv);
		}
		if (CsvPlanImporter.isResultsTable(csv)) {
			return new Source(file, Kind.RESULTS, null, csv);
		}
		throw new ImportException(file, -1, Messages.UNKNOWN_SHAPE, null, file);
	}

	private static String readText(Path file) throws ImportException {
		if (!Files.exists(file)) {
			throw new ImportException(file, -1, Messages.NOT_FOUND, null, file);
		}
		byte[] bytes = null;
		try {
			bytes = Files.readAllBytes(file);
			// strict UTF-8: a file in another encoding is an error, not silently garbled Thai
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
					.toString();
			// a UTF-8 byte-order mark (Notepad on Windows writes one) is not content
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (NoSuchFileException e) {
			throw new ImportException(file, -1, Messages.NOT_FOUND, e, file);
		} catch (CharacterCodingException e) {
			Utf8Position at = bytes == null ? null : Utf8Position.find(bytes);
			if (at != null) {
				throw new ImportException(file, at.line(), Messages.BAD_ENCODING, e, file, String.valueOf(at.line()),
						String.valueOf(at.column()), String.format("%02X", at.badByte()));
			}
			throw new ImportException(file, -1, Messages.UNREADABLE, e, file, "not UTF-8 text / ไม่ใช่ข้อความ UTF-8");
		} catch (IOException e) {
			throw new ImportException(file, -1, Messages.UNREADABLE, e, file, String.valueOf(e.getMessage()));
		}
	}

	/** Results tables beside a plan table: {@code report-<year>-*.csv} whose header is a results table. */
	private static List<Source> siblingResults(Path planFile, int year) throws ImportException {
		Path dir = planFile.toAbsolutePath().getParent();
		List<Path> candidates = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "report-" + year + "-*.csv")) {
			ds.forEach(candidates::add);
		} catch (IOException e) {
			return List.of();
		}
		candidates.sort(Comparator.comparing(p -> p.getFileName().toString()));
		List<Source> result = new ArrayList<>();
		for (Path p : candidates) {
			try {
				Source s = read(p);
				if (s.kind == Kind.RESULTS) {
					result.add(s);
				}
			} catch (ImportException e) {
				// another kind of file with a similar name (e.g. a printed-totals summary): not a results table
			}
		}
		// the 6-month round before the 12-month round
		result.sort(Comparator.comparingInt(s -> {
			try {
				return CsvPlanImporter.roundOf(s.file).getValue();
			} catch (ImportException e) {
				return Integer.MAX_VALUE;
			}
		}));
		return result;
	}
}
