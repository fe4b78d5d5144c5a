package org.pyadoption.explorer.model;

/** A fact stated in words, optionally tied to a date ({@code asOf}: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY). */
public record TextFact(String value, String asOf, Provenance provenance) implements Fact {

    @Override
    public String text() {
        return value;
    }
}
