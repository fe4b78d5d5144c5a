package org.pyadoption.explorer.data;

/**
 * Which characters and pairs of adjacent characters a text holds, folded into 320 bits. A text can only contain a
 * term whose mask is inside its own, so the catalog skips the substring search of most companies for most terms.
 * Built from lower-cased text, like the search keys.
 */
public final class SearchMask {

    private final long chars;
    private final long pairs0;
    private final long pairs1;
    private final long pairs2;
    private final long pairs3;

    private SearchMask(long chars, long pairs0, long pairs1, long pairs2, long pairs3) {
        this.chars = chars;
        this.pairs0 = pairs0;
        this.pairs1 = pairs1;
        this.pairs2 = pairs2;
        this.pairs3 = pairs3;
    }

    public static SearchMask of(CharSequence text) {
        long chars = 0;
        long[] pairs = new long[4];
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            chars |= 1L << charBit(c);
            if (i > 0) {
                int bit = pairBit(previous, c);
                pairs[bit >>> 6] |= 1L << bit;
            }
            previous = c;
        }
        return new SearchMask(chars, pairs[0], pairs[1], pairs[2], pairs[3]);
    }

    /**
     * True when {@link #mayContain} is the whole answer for this term: a single letter or digit has a bit of its
     * own, so a text holds it exactly when its mask has that bit, and no substring search is needed.
     */
    public boolean isExact() {
        return pairs0 == 0 && pairs1 == 0 && pairs2 == 0 && pairs3 == 0 && Long.bitCount(chars) == 1
                && Long.numberOfTrailingZeros(chars) < 36;
    }

    /** False when the text this mask was built from cannot contain the term; true when it may. */
    public boolean mayContain(SearchMask term) {
        return term.isIn(chars, pairs0, pairs1, pairs2, pairs3);
    }

    /** {@link #mayContain} with this as the term, against a text's mask held in fields elsewhere. */
    boolean isIn(long textChars, long textPairs0, long textPairs1, long textPairs2, long textPairs3) {
        return (textChars & chars) == chars && (textPairs0 & pairs0) == pairs0 && (textPairs1 & pairs1) == pairs1
                && (textPairs2 & pairs2) == pairs2 && (textPairs3 & pairs3) == pairs3;
    }

    long chars() {
        return chars;
    }

    long pairs(int i) {
        return switch (i) {
            case 0 -> pairs0;
            case 1 -> pairs1;
            case 2 -> pairs2;
            default -> pairs3;
        };
    }

    /** Letters and digits get a bit each; other characters share the remaining bits. */
    private static int charBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return 36 + c % 28;
    }

    private static int pairBit(char a, char b) {
        return ((a * 31 + b) * 0x9E3779B1) >>> 24;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchMask m && chars == m.chars && pairs0 == m.pairs0 && pairs1 == m.pairs1
                && pairs2 == m.pairs2 && pairs3 == m.pairs3;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(chars * 31 + pairs0 ^ pairs1 * 17 ^ pairs2 * 13 ^ pairs3);
    }

    @Override
    public String toString() {
        return "SearchMask[" + Long.toHexString(chars) + "]";
    }
}
