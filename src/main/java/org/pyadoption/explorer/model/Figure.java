package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * A quantitative fact.
 *
 * @param valueUtf8 the figure in words, as the source put it, as UTF-8 (see {@link Utf8Text}); {@link #value()}
 *                  gives it as text
 * @param metric    a lower-kebab metric id shared across companies (e.g. share-of-services-in-python), or null
 * @param number    the number, or null when the figure is only in words
 * @param unit      the unit of the number ("%" for percentages), or null
 * @param asOf      the date the figure holds for, or null when the source gives none
 */
public record Figure(byte[] valueUtf8, String metric, Double number, String unit, String asOf,
                     Provenance provenance) implements Fact {

    public Figure(String value, String metric, Double number, String unit, String asOf, Provenance provenance) {
        this(Utf8Text.encode(value), metric, number, unit, asOf, provenance);
    }

    /** The figure in words, as the source put it. */
    public String value() {
        return Utf8Text.decode(valueUtf8);
    }

    public boolean isPercentage() {
        return "%".equals(unit);
    }

    @Override
    public String text() {
        return value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && Utf8Text.equal(valueUtf8, f.valueUtf8) && Objects.equals(metric, f.metric)
                && Objects.equals(number, f.number) && Objects.equals(unit, f.unit) && Objects.equals(asOf, f.asOf)
                && Objects.equals(provenance, f.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(valueUtf8), metric, number, unit, asOf, provenance);
    }

    @Override
    public String toString() {
        return "Figure[value=" + value() + ", metric=" + metric + ", number=" + number + ", unit=" + unit
                + ", asOf=" + asOf + ", provenance=" + provenance + "]";
    }
}
