package org.parley.source;

import org.parley.domain.Outcome;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a file into text, or says in one line why they are not a text article: empty,
 * binary, UTF-16 without a byte order mark, or not valid UTF-8. Line endings become {@code \n}.
 */
final class TextDecoder {
    static final String STAGE = "source";

    /** Bytes looked at to tell UTF-16 from other binary data; enough for a verdict, bounded for big files. */
    private static final int SAMPLE = 64 * 1024;
    /** Control characters (other than tab, line feed, form feed, carriage return) above this share mean binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextDecoder() {
    }

    static Outcome<String> decode(String articleId, byte[] bytes) {
        if (bytes.length == 0) {
            return reject(articleId, "is empty");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeStrict(articleId, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeStrict(articleId, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (indexOfNul(bytes, start) >= 0) {
            return reject(articleId, nulVerdict(bytes, start));
        }
        return decodeStrict(articleId, bytes, start, StandardCharsets.UTF_8, "UTF-8");
    }

    private static Outcome<String> decodeStrict(String articleId, byte[] bytes, int start, Charset charset,
                                                String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return reject(articleId, "is not valid " + name + " at byte " + in.position());
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            return reject(articleId, "contains only whitespace");
        }
        double controlShare = controlShare(text);
        if (controlShare > MAX_CONTROL_SHARE) {
            return reject(articleId, String.format(Locale.ROOT,
                    "looks like binary data (%.0f%% control characters)", controlShare * 100));
        }
        return Outcome.ok(normaliseLineEndings(text));
    }

    /** NUL bytes never occur in UTF-8 text; many of them at every other byte are UTF-16 without its mark. */
    private static String nulVerdict(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + SAMPLE);
        int even = 0;
        int odd = 0;
        for (int i = start; i < end; i++) {
            if (bytes[i] == 0) {
                if ((i - start) % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = Math.max(1, (end - start) / 2);
        if (odd > pairs * 0.6 && even < pairs * 0.1) {
            return "looks like UTF-16 (little-endian) without a byte order mark; save it as UTF-8";
        }
        if (even > pairs * 0.6 && odd < pairs * 0.1) {
            return "looks like UTF-16 (big-endian) without a byte order mark; save it as UTF-8";
        }
        return "looks like binary data (contains NUL bytes)";
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    && c != '\u0085') {
                control++;
            }
        }
        return (double) control / text.length();
    }

    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int indexOfNul(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static <T> Outcome<T> reject(String articleId, String reason) {
        return Outcome.rejected(STAGE, articleId, reason);
    }
}
