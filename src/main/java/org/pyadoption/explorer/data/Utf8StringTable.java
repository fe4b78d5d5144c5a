package org.pyadoption.explorer.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings by their UTF-8 bytes: one instance per distinct short string. Open addressing; once three quarters
 * full it stops adding, and strings not in it are made anew.
 */
final class Utf8StringTable {
    static final int LONGEST = 64;
    private static final int BITS = 14;
    private static final int SIZE = 1 << BITS;
    /** The keys' bytes one after the other, so that comparing them touches little memory. */
    private byte[] arena = new byte[1 << 16];
    private int used;
    private final int[] offsets = new int[SIZE];
    private final int[] lengths = new int[SIZE];
    private final int[] hashes = new int[SIZE];
    private final String[] values = new String[SIZE];
    private int count;

    String get(byte[] b, int start, int end) {
        int n = end - start;
        int h = Utf8Bytes.hash(b, start, end);
        int mask = SIZE - 1;
        for (int i = (h * 0x9E3779B9) >>> (32 - BITS); ; i = (i + 1) & mask) {
            String value = values[i];
            if (value == null) {
                String s = new String(b, start, n, StandardCharsets.UTF_8);
                if (count < SIZE / 2) {
                    if (used + n > arena.length) {
                        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + n));
                    }
                    System.arraycopy(b, start, arena, used, n);
                    offsets[i] = used;
                    lengths[i] = n;
                    hashes[i] = h;
                    values[i] = s;
                    used += n;
                    count++;
                }
                return s;
            }
            if (hashes[i] == h && lengths[i] == n && equal(arena, offsets[i], b, start, n)) {
                return value;
            }
        }
    }

    private static boolean equal(byte[] a, int from, byte[] b, int start, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) Utf8Bytes.LONGS.get(a, from + i) != (long) Utf8Bytes.LONGS.get(b, start + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (a[from + i] != b[start + i]) {
                return false;
            }
        }
        return true;
    }
}
