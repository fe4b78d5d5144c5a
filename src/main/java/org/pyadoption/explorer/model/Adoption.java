package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * When and how a company took up Python.
 *
 * @param textUtf8  the adoption in words, as UTF-8 (see {@link Utf8Text}); {@link #text()} gives it as text
 * @param year      the year the text states, or null when it states none
 * @param qualifier how the year relates to the adoption; null when year is null
 */
public record Adoption(byte[] textUtf8, Integer year, YearQualifier qualifier, Provenance provenance)
        implements Fact {

    public Adoption(String text, Integer year, YearQualifier qualifier, Provenance provenance) {
        this(Utf8Text.encode(text), year, qualifier, provenance);
    }

    /** The adoption in words. */
    @Override
    public String text() {
        return Utf8Text.decode(textUtf8);
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
        return o instanceof Adoption a && Utf8Text.equal(textUtf8, a.textUtf8) && Objects.equals(year, a.year)
                && qualifier == a.qualifier && Objects.equals(provenance, a.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(textUtf8), year, qualifier, provenance);
    }

    @Override
    public String toString() {
        return "Adoption[text=" + text() + ", year=" + year + ", qualifier=" + qualifier + ", provenance="
                + provenance + "]";
    }
}
