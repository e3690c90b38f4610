package org.eventwire.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. Text is read as UTF-8. Invalid UTF-8 is not fatal: the bad bytes are replaced
 * by U+FFFD and the item carries a warning naming the first bad byte, because one stray Latin-1
 * byte should not cost a whole article. Bytes with NUL characters are binary and rejected.
 */
final class TextDecoding {
    /** Decoded text and the warning, or the error that rejected the bytes (text then null). */
    record Decoded(String text, String warning, String error) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Decoded(null, null, "empty input");
        }
        int scan = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, null, "binary data (NUL byte at offset " + i + "), not text");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(strict.decode(in).toString(), null, null);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            int replaced = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\uFFFD') {
                    replaced++;
                }
            }
            if (replaced * 10L > text.length()) {
                return new Decoded(null, null, "not UTF-8 text (invalid byte at offset " + bad + ")");
            }
            return new Decoded(text, "invalid UTF-8 at byte offset " + bad + ": " + replaced
                    + " character(s) replaced with U+FFFD", null);
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }

    /** Reads at most {@code cap} bytes; returns null when the stream holds more than that. */
    static byte[] readCapped(InputStream in, int cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > cap) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
