package org.pyadoption.explorer.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Long texts kept as UTF-8 bytes instead of {@link String}s: a large dataset holds about two million of them (fact
 * texts, quotes, notes). A record keeps each such text as a block of bytes and a span, the place of the text in that
 * block. A loader copies the texts it reads into a few large blocks that many records share, so that two million
 * texts are two million spans in a few hundred arrays: the garbage collector then moves a few large arrays, or none,
 * rather than two million small ones, and no array header is paid per text. A text made from a {@link String} has a
 * block of its own. The records decode a text when asked for it; their equality is by content.
 *
 * <p>A span holds the text's offset in its block in its high 32 bits and its length in bytes in its low 32 bits.
 */
public final class Utf8Text {

    /** The span a record is given to keep a whole block as its text; the record keeps the block's real span. */
    public static final long WHOLE = -1L;

    private Utf8Text() {
    }

    /** The span of {@code length} bytes from {@code offset}. */
    public static long span(int offset, int length) {
        return (long) offset << 32 | (length & 0xFFFF_FFFFL);
    }

    public static int offset(long span) {
        return (int) (span >>> 32);
    }

    public static int length(long span) {
        return (int) span;
    }

    /**
     * The span a record keeps for a text: 0 when there is no text, the whole block for {@link #WHOLE}, else the span
     * given, which must lie inside the block.
     */
    public static long checked(byte[] block, long span) {
        if (block == null) {
            return 0;
        }
        if (span == WHOLE) {
            return span(0, block.length);
        }
        Objects.checkFromIndexSize(offset(span), length(span), block.length);
        return span;
    }

    /** The text's UTF-8 bytes; null stays null. An unpaired surrogate becomes '?', as in {@link String#getBytes}. */
    public static byte[] encode(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text at a span of a block; null when the block is null. */
    public static String decode(byte[] block, long span) {
        return block == null ? null : new String(block, offset(span), length(span), StandardCharsets.UTF_8);
    }

    /** A copy of the text's bytes; null when the block is null. */
    public static byte[] bytes(byte[] block, long span) {
        return block == null ? null : Arrays.copyOfRange(block, offset(span), offset(span) + length(span));
    }

    /**
     * True when the text is empty or only white space (as {@link String#isBlank()}), mostly without decoding it: a
     * text that starts with a printable ASCII character is answered at its first byte.
     */
    public static boolean isBlank(byte[] block, long span) {
        int end = offset(span) + length(span);
        for (int i = offset(span); i < end; i++) {
            byte b = block[i];
            if (b < 0) {
                return decode(block, span).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** True when both texts are absent, or both present with the same bytes. */
    public static boolean equal(byte[] a, long spanA, byte[] b, long spanB) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a == b && spanA == spanB) {
            return true;
        }
        int fromA = offset(spanA);
        int fromB = offset(spanB);
        return Arrays.equals(a, fromA, fromA + length(spanA), b, fromB, fromB + length(spanB));
    }

    /** A hash of the text's bytes, equal for equal texts wherever they are kept; 0 for no text. */
    public static int hash(byte[] block, long span) {
        if (block == null) {
            return 0;
        }
        int h = 1;
        int end = offset(span) + length(span);
        for (int i = offset(span); i < end; i++) {
            h = 31 * h + block[i];
        }
        return h;
    }
}
