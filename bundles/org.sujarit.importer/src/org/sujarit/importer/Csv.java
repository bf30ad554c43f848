package org.sujarit.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) that remembers the line each
 * record starts on, so import errors can name it. The seed tables are a few dozen rows: reading them whole is fine.
 */
final class Csv {

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
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int recordLine = 1;
		int quoteLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"' && field.length() == 0) {
				quoted = true;
				fieldStarted = true;
				quoteLine = line;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
					lines.add(recordLine);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
				line++;
				recordLine = line;
			} else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new ImportException(file, quoteLine, Messages.CSV_UNTERMINATED, null, file, String.valueOf(quoteLine));
		}
		if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
			lines.add(recordLine);
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
}
