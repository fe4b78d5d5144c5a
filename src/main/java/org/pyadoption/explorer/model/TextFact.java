package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * A fact stated in words, optionally tied to a date ({@code asOf}: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY).
 *
 * @param valueUtf8 the fact in words as UTF-8 (see {@link Utf8Text}); {@link #value()} gives it as text
 */
public record TextFact(byte[] valueUtf8, String asOf, Provenance provenance) implements Fact {

    public TextFact(String value, String asOf, Provenance provenance) {
        this(Utf8Text.encode(value), asOf, provenance);
    }

    /** The fact in words. */
    public String value() {
        return Utf8Text.decode(valueUtf8);
    }

    @Override
    public String text() {
        return value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFact f && Utf8Text.equal(valueUtf8, f.valueUtf8) && Objects.equals(asOf, f.asOf)
                && Objects.equals(provenance, f.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(valueUtf8), asOf, provenance);
    }

    @Override
    public String toString() {
        return "TextFact[value=" + value() + ", asOf=" + asOf + ", provenance=" + provenance + "]";
    }
}
