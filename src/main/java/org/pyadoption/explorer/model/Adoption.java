package org.pyadoption.explorer.model;

/**
 * When and how a company took up Python.
 *
 * @param text      the adoption in words
 * @param year      the year the text states, or null when it states none
 * @param qualifier how the year relates to the adoption; null when year is null
 */
public record Adoption(String text, Integer year, YearQualifier qualifier, Provenance provenance) implements Fact {

    /** The year as people read it, e.g. "by 2013", or "" when the text states none. */
    public String yearLabel() {
        if (year == null) {
            return "";
        }
        return (qualifier == null ? YearQualifier.IN : qualifier).format(year);
    }
}
