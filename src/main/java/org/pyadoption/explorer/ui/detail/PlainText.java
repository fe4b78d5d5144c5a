package org.pyadoption.explorer.ui.detail;

/** Dataset text made safe to show as plain text: no control characters, no bidirectional overrides. */
final class PlainText {

    private PlainText() {
    }

    /** The text with line breaks and tabs as spaces and other control characters removed; null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (!isInvisibleControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    private static boolean isInvisibleControl(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp >= 0x202A && cp <= 0x202E   // embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069   // isolates
                || cp == 0x200E || cp == 0x200F || cp == 0x061C; // direction marks
    }
}
