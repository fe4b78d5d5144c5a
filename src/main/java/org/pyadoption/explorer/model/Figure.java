package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * A quantitative fact.
 *
 * @param valueBlock the block of UTF-8 that holds the figure in words, as the source put it (see {@link Utf8Text});
 *                   {@link #value()} gives it as text
 * @param valueSpan where in the block the words are
 * @param metric    a lower-kebab metric id shared across companies (e.g. share-of-services-in-python), or null
 * @param number    the number, or null when the figure is only in words
 * @param unit      the unit of the number ("%" for percentages), or null
 * @param asOf      the date the figure holds for, or null when the source gives none
 */
public record Figure(byte[] valueBlock, long valueSpan, String metric, Double number, String unit, String asOf,
                     Provenance provenance) implements Fact {

    public Figure {
        valueSpan = Utf8Text.checked(valueBlock, valueSpan);
    }

    public Figure(String value, String metric, Double number, String unit, String asOf, Provenance provenance) {
        this(Utf8Text.encode(value), Utf8Text.WHOLE, metric, number, unit, asOf, provenance);
    }

    /** The figure in words, as the source put it. */
    public String value() {
        return Utf8Text.decode(valueBlock, valueSpan);
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
        return o instanceof Figure f && Utf8Text.equal(valueBlock, valueSpan, f.valueBlock, f.valueSpan)
                && Objects.equals(metric, f.metric)
                && Objects.equals(number, f.number) && Objects.equals(unit, f.unit) && Objects.equals(asOf, f.asOf)
                && Objects.equals(provenance, f.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(valueBlock, valueSpan), metric, number, unit, asOf, provenance);
    }

    @Override
    public String toString() {
        return "Figure[value=" + value() + ", metric=" + metric + ", number=" + number + ", unit=" + unit
                + ", asOf=" + asOf + ", provenance=" + provenance + "]";
    }
}
