package org.sujarit.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where the first byte that is not UTF-8 sits in a file, as a user's editor shows it: 1-based line and column
 * (columns count characters, not bytes), so an error can point at it. The XML parser only says "invalid byte 2 of
 * 3-byte sequence".
 */
public record Utf8Position(long offset, int line, int column, int badByte) {

	/** The first invalid UTF-8 sequence in {@code bytes}, or null when all of it is UTF-8. */
	public static Utf8Position find(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(8192);
		int line = 1;
		int column = 1;
		while (true) {
			CoderResult r = decoder.decode(in, out, true);
			out.flip();
			while (out.hasRemaining()) {
				char c = out.get();
				if (c == '\n') {
					line++;
					column = 1;
				} else if (!Character.isLowSurrogate(c)) {
					column++;
				}
			}
			out.clear();
			if (r.isError()) {
				int at = in.position();
				return new Utf8Position(at, line, column, bytes[at] & 0xFF);
			}
			if (r.isUnderflow()) {
				break;
			}
		}
		CoderResult end = decoder.flush(out);
		return end.isError() ? new Utf8Position(in.position(), line, column, 0) : null;
	}
}
