package org.pyadoption.explorer.data;

/**
 * Text from a dataset made safe to show on one line of a table or label. Datasets come from files anyone can edit, so
 * their text may hold control characters, line breaks, Unicode direction overrides (which make text display in an
 * order other than the one it is stored in) or thousands of characters.
 *
 * @param shown the cleaned text, cut to the maximum length with an ellipsis when longer
 * @param full  the whole cleaned text, for a tooltip
 */
public record DisplayText(String shown, String full) {

    /** About two lines of a wide table cell. */
    public static final int DEFAULT_MAX_LENGTH = 200;

    private static final char ELLIPSIS = '\u2026';
    /** When cutting, a space this close to the cut is taken instead, so words stay whole. */
    private static final int WORD_BOUNDARY_REACH = 15;

    /** The text cleaned and cut to {@link #DEFAULT_MAX_LENGTH} characters. */
    public static DisplayText of(String raw) {
        return of(raw, DEFAULT_MAX_LENGTH);
    }

    /** The text cleaned and cut to at most {@code maxLength} characters (code points), the ellipsis included. */
    public static DisplayText of(String raw, int maxLength) {
        String full = clean(raw);
        return new DisplayText(cut(full, maxLength), full);
    }

    /** True when {@link #shown()} is shorter than the text, so a tooltip should show {@link #full()}. */
    public boolean isCut() {
        return shown.length() != full.length();
    }

    /**
     * The text as one line: tabs and line breaks become spaces (a CR LF pair one space); other control characters,
     * direction overrides, isolates and marks, and byte order marks are removed; a lone surrogate becomes U+FFFD.
     * Null becomes "". Text with nothing to clean is returned as it is.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        int i = 0;
        while (i < raw.length() && action(raw, i) == KEEP) {
            i++;
        }
        if (i == raw.length()) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        sb.append(raw, 0, i);
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (action(raw, i)) {
                case KEEP -> sb.append(c);
                case SPACE -> {
                    sb.append(' ');
                    if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case REPLACE -> sb.append('\uFFFD');
                default -> {
                    // dropped
                }
            }
        }
        return sb.toString();
    }

    /**
     * The text cut to at most {@code maxLength} code points, ending in an ellipsis, at a space near the cut when
     * there is one; never splits a surrogate pair. Text that fits is returned as it is.
     */
    public static String cut(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (text.length() <= maxLength || text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        int space = text.lastIndexOf(' ', end);
        if (space > 0 && text.codePointCount(space, end) <= WORD_BOUNDARY_REACH) {
            end = space;
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    private static final int KEEP = 0;
    private static final int SPACE = 1;
    private static final int DROP = 2;
    private static final int REPLACE = 3;

    private static int action(String s, int i) {
        char c = s.charAt(i);
        if (c >= ' ' && c < 0x7F) {
            return KEEP;
        }
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || c == '\u000B' || c == '\u000C') {
            return SPACE;
        }
        if (Character.isISOControl(c) || isDirectionControl(c) || c == '\uFEFF') {
            return DROP;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? KEEP : REPLACE;
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? KEEP : REPLACE;
        }
        return KEEP;
    }

    /** LRM, RLM, ALM, the embeddings and overrides (U+202A..U+202E) and the isolates (U+2066..U+2069). */
    private static boolean isDirectionControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
