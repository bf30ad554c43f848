import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** releng/thai-escape: UTF-8 "key = value" lines → "# value" + "key = \\u0e.. escapes" (single-file Java program). */
public class ThaiEscape {
	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			convert(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		}
		for (String a : args) {
			convert(Files.newBufferedReader(Path.of(a), StandardCharsets.UTF_8));
		}
	}

	private static void convert(Reader in) throws IOException {
		try (BufferedReader r = new BufferedReader(in)) {
			for (String line; (line = r.readLine()) != null;) {
				int eq = line.indexOf('=');
				if (line.isBlank() || line.startsWith("#") || eq < 0) {
					System.out.println(line);
					continue;
				}
				String value = line.substring(eq + 1).strip();
				System.out.println("# " + value);
				System.out.println(line.substring(0, eq).strip() + " = " + escape(value));
			}
		}
	}

	static String escape(String s) {
		StringBuilder b = new StringBuilder();
		s.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
		return b.toString();
	}
}
