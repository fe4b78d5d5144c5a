package org.pyadoption.explorer.model;

/**
 * A quantitative fact.
 *
 * @param value  the figure in words, as the source put it
 * @param metric a lower-kebab metric id shared across companies (e.g. share-of-services-in-python), or null
 * @param number the number, or null when the figure is only in words
 * @param unit   the unit of the number ("%" for percentages), or null
 * @param asOf   the date the figure holds for, or null when the source gives none
 */
public record Figure(String value, String metric, Double number, String unit, String asOf, Provenance provenance)
        implements Fact {

    public boolean isPercentage() {
        return "%".equals(unit);
    }

    @Override
    public String text() {
        return value;
    }
}
