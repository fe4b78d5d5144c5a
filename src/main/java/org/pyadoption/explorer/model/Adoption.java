package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * When and how a company took up Python.
 *
 * @param textBlock the block of UTF-8 that holds the adoption in words (see {@link Utf8Text}); {@link #text()}
 *                  gives it as text
 * @param textSpan  where in the block the words are
 * @param year      the year the text states, or null when it states none
 * @param qualifier how the year relates to the adoption; null when year is null
 */
public record Adoption(byte[] textBlock, long textSpan, Integer year, YearQualifier qualifier, Provenance provenance)
        implements Fact {

    public Adoption {
        textSpan = Utf8Text.checked(textBlock, textSpan);
    }

    public Adoption(String text, Integer year, YearQualifier qualifier, Provenance provenance) {
        this(Utf8Text.encode(text), Utf8Text.WHOLE, year, qualifier, provenance);
    }

    /** The adoption in words. */
    @Override
    public String text() {
        return Utf8Text.decode(textBlock, textSpan);
    }

    /** The year as people read it, e.g. "by 2013", or "" when the text states none. */
    public String yearLabel() {
        if (year == null) {
            return "";
        }
        return (qualifier == null ? YearQualifier.IN : qualifier).format(year);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Adoption a && Utf8Text.equal(textBlock, textSpan, a.textBlock, a.textSpan)
                && Objects.equals(year, a.year)
                && qualifier == a.qualifier && Objects.equals(provenance, a.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(textBlock, textSpan), year, qualifier, provenance);
    }

    @Override
    public String toString() {
        return "Adoption[text=" + text() + ", year=" + year + ", qualifier=" + qualifier + ", provenance="
                + provenance + "]";
    }
}
