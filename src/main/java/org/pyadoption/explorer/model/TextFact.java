package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * A fact stated in words, optionally tied to a date ({@code asOf}: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY).
 *
 * @param valueBlock the block of UTF-8 that holds the fact in words (see {@link Utf8Text}); {@link #value()} gives
 *                   it as text
 * @param valueSpan  where in the block the words are
 */
public record TextFact(byte[] valueBlock, long valueSpan, String asOf, Provenance provenance) implements Fact {

    public TextFact {
        valueSpan = Utf8Text.checked(valueBlock, valueSpan);
    }

    public TextFact(String value, String asOf, Provenance provenance) {
        this(Utf8Text.encode(value), Utf8Text.WHOLE, asOf, provenance);
    }

    /** The fact in words. */
    public String value() {
        return Utf8Text.decode(valueBlock, valueSpan);
    }

    @Override
    public String text() {
        return value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFact f && Utf8Text.equal(valueBlock, valueSpan, f.valueBlock, f.valueSpan)
                && Objects.equals(asOf, f.asOf)
                && Objects.equals(provenance, f.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(valueBlock, valueSpan), asOf, provenance);
    }

    @Override
    public String toString() {
        return "TextFact[value=" + value() + ", asOf=" + asOf + ", provenance=" + provenance + "]";
    }
}
