package org.pyadoption.explorer.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Long texts kept as UTF-8 bytes instead of {@link String}s: a large dataset holds about two million of them (fact
 * texts, quotes, notes), and a byte array alone saves the 24 bytes of a String object each. The records that keep
 * such bytes decode them when asked for the text; their equality is by content.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** The text's UTF-8 bytes; null stays null. An unpaired surrogate becomes '?', as in {@link String#getBytes}. */
    public static byte[] encode(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text of UTF-8 bytes; null stays null. */
    public static String decode(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * True when the text is empty or only white space (as {@link String#isBlank()}), mostly without decoding it: a
     * text that starts with a printable ASCII character is answered at its first byte.
     */
    public static boolean isBlank(byte[] utf8) {
        for (byte b : utf8) {
            if (b < 0) {
                return decode(utf8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    static boolean equal(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    static int hash(byte[] utf8) {
        return Arrays.hashCode(utf8);
    }
}
