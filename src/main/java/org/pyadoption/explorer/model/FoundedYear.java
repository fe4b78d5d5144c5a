package org.pyadoption.explorer.model;

public record FoundedYear(int year, Provenance provenance) implements Fact {

    @Override
    public String text() {
        return Integer.toString(year);
    }
}
