package org.pyadoption.explorer.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte-level helpers of {@link Utf8JsonReader}: UTF-8 sequences, and scans eight bytes at a time. */
final class Utf8Bytes {

    /** Eight bytes of an array as one little-endian long, so the lowest byte comes first. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * 0x20;

    private Utf8Bytes() {
    }

    static boolean isByteOrderMark(byte[] b, int at) {
        return (b[at] & 0xFF) == 0xEF && (b[at + 1] & 0xFF) == 0xBB && (b[at + 2] & 0xFF) == 0xBF;
    }

    /** A hash of the bytes from {@code start} to {@code end}, eight at a time. */
    static int hash(byte[] b, int start, int end) {
        long h = end - start;
        int i = start;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        }
        for (; i < end; i++) {
            h = (h ^ b[i]) * 0x100000001B3L;
        }
        return (int) (h ^ (h >>> 29));
    }

    /** From {@code p}, past the spaces (an indentation), eight at a time; stops early within eight of {@code end}. */
    static int skipSpaces(byte[] b, int p, int end) {
        while (p + 8 <= end) {
            long notSpace = (long) LONGS.get(b, p) ^ SPACES;
            if (notSpace != 0) {
                return p + (Long.numberOfTrailingZeros(notSpace) >>> 3);
            }
            p += 8;
        }
        return p;
    }

    /**
     * From {@code p} inside a string, to the first byte that needs a look (a quote, a backslash, a control
     * character, a byte outside ASCII), eight at a time; stops early within eight of {@code end}.
     */
    static int skipPlain(byte[] b, int p, int end) {
        while (p + 8 <= end) {
            long x = (long) LONGS.get(b, p);
            long q = x ^ QUOTES;
            long s = x ^ BACKSLASHES;
            long special = (((q - ONES) & ~q) | ((s - ONES) & ~s) | ((x - SPACES) & ~x) | x) & HIGHS;
            if (special != 0) {
                // the lowest flagged byte is the first special one (borrows only flag bytes above it)
                return p + (Long.numberOfTrailingZeros(special) >>> 3);
            }
            p += 8;
        }
        return p;
    }

    /**
     * The length in bytes of the UTF-8 sequence at {@code p} (its lead byte is 0x80 or above), or 0 when it is not
     * one that Java's UTF-8 decoder accepts: a stray continuation byte, an overlong form, a surrogate, a value
     * above U+10FFFF, or a sequence cut short by {@code end}.
     */
    static int sequenceLength(byte[] b, int p, int end) {
        int b0 = b[p] & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return p + 1 < end && isContinuation(b[p + 1]) ? 2 : 0;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (p + 2 >= end || !isContinuation(b[p + 2])) {
                return 0;
            }
            int b1 = b[p + 1] & 0xFF;
            boolean ok = b0 == 0xE0 ? b1 >= 0xA0 && b1 <= 0xBF
                    : b0 == 0xED ? b1 >= 0x80 && b1 <= 0x9F
                    : b1 >= 0x80 && b1 <= 0xBF;
            return ok ? 3 : 0;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (p + 3 >= end || !isContinuation(b[p + 2]) || !isContinuation(b[p + 3])) {
                return 0;
            }
            int b1 = b[p + 1] & 0xFF;
            boolean ok = b0 == 0xF0 ? b1 >= 0x90 && b1 <= 0xBF
                    : b0 == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F
                    : b1 >= 0x80 && b1 <= 0xBF;
            return ok ? 4 : 0;
        }
        return 0;
    }

    /** Appends the UTF-16 chars of the valid {@code n}-byte UTF-8 sequence at {@code p}. */
    static void appendUtf8(StringBuilder out, byte[] b, int p, int n) {
        int b0 = b[p] & 0xFF;
        if (n == 2) {
            out.append((char) (((b0 & 0x1F) << 6) | (b[p + 1] & 0x3F)));
        } else if (n == 3) {
            out.append((char) (((b0 & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F)));
        } else {
            out.appendCodePoint(((b0 & 0x07) << 18) | ((b[p + 1] & 0x3F) << 12) | ((b[p + 2] & 0x3F) << 6)
                    | (b[p + 3] & 0x3F));
        }
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
