package org.sujarit.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sujarit.core.money.AmountException;

/**
 * A CSV table read with Apache Commons CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; empty
 * lines skipped). Each row remembers the line it starts on, so import errors can name it. The seed tables are a few
 * dozen rows: reading them whole is fine.
 */
final class Csv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** One data row: its fields by header name and the 1-based line it starts on. */
	record Row(int line, Map<String, String> fields) {

		String get(String column) {
			String v = fields.get(column);
			return v == null ? "" : v.trim();
		}
	}

	final Path file;
	final List<String> header;
	final List<Row> rows;

	private Csv(Path file, List<String> header, List<Row> rows) {
		this.file = file;
		this.header = header;
		this.rows = rows;
	}

	static Csv parse(Path file, String text) throws ImportException {
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1); // byte-order mark from spreadsheet exports
		}
		int[] lineStarts = lineStarts(text);
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> it = parser.iterator();
			while (it.hasNext()) {
				CSVRecord r = it.next();
				records.add(r.toList());
				lines.add(lineOf(text, lineStarts, r.getCharacterPosition()));
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			int open = unclosedQuoteLine(text, lineStarts);
			if (open > 0) {
				throw new ImportException(file, open, Messages.CSV_UNTERMINATED, e, file, String.valueOf(open));
			}
			int line = lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
			throw new ImportException(file, line, Messages.CSV_MALFORMED, e, file, String.valueOf(line),
					String.valueOf(e.getMessage()));
		}
		if (records.isEmpty()) {
			return new Csv(file, List.of(), List.of());
		}
		List<String> header = new ArrayList<>();
		for (String h : records.get(0)) {
			header.add(h.trim());
		}
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> values = records.get(r);
			int rowLine = lines.get(r);
			if (values.size() != header.size()) {
				throw new ImportException(file, rowLine, Messages.ROW_COLUMNS, null, file, String.valueOf(rowLine),
						String.valueOf(values.size()), String.valueOf(header.size()));
			}
			Map<String, String> fields = new HashMap<>();
			for (int c = 0; c < header.size(); c++) {
				fields.put(header.get(c), values.get(c));
			}
			rows.add(new Row(rowLine, fields));
		}
		return new Csv(file, header, rows);
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int n = 0;
		starts[n++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				if (n == starts.length) {
					starts = Arrays.copyOf(starts, n * 2);
				}
				starts[n++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, n);
	}

	/** The 1-based line of the first character of a record at {@code position} (empty lines before it skipped). */
	private static int lineOf(String text, int[] lineStarts, long position) {
		int p = (int) Math.min(position, text.length());
		while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
			p++;
		}
		int i = Arrays.binarySearch(lineStarts, p);
		return (i >= 0 ? i : -i - 2) + 1;
	}

	/** The line of a quote that opens a field and is never closed, or -1. */
	private static int unclosedQuoteLine(String text, int[] lineStarts) {
		boolean quoted = false;
		int openedAt = -1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '"') {
				quoted = !quoted; // a doubled quote inside a quoted field toggles twice
				if (quoted) {
					openedAt = i;
				}
			}
		}
		return quoted ? lineOf(text, lineStarts, openedAt) : -1;
	}

	boolean hasColumns(String... columns) {
		return header.containsAll(List.of(columns));
	}

	void requireColumns(String... columns) throws ImportException {
		for (String c : columns) {
			if (!header.contains(c)) {
				throw new ImportException(file, 1, Messages.CSV_MISSING_COLUMN, null, file, c);
			}
		}
	}

	ImportException badValue(Row row, String column) {
		return new ImportException(file, row.line(), Messages.ROW_VALUE, null, file, String.valueOf(row.line()), column,
				row.get(column));
	}

	/** An amount that is not accepted: names the line, the column (by name and number) and the reason. */
	ImportException badAmount(Row row, String column, AmountException e) {
		return new ImportException(file, row.line(), Messages.ROW_AMOUNT, e, file, String.valueOf(row.line()), column,
				String.valueOf(header.indexOf(column) + 1), row.get(column),
				new LocalizedReason(e));
	}

	/** The reason of an amount error (CSV or JSON), printed in the locale the whole message is formatted for. */
	record LocalizedReason(AmountException e) implements org.sujarit.model.io.MessageBundle.Localized {
		@Override
		public String toString(Locale locale) {
			return e.getMessage(locale);
		}
	}
}
