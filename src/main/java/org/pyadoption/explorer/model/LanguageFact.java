package org.pyadoption.explorer.model;

/**
 * Another language the company uses beside Python.
 *
 * @param sharePercent the share of code in that language when a source gives one, else null
 */
public record LanguageFact(String value, Double sharePercent, String asOf, Provenance provenance) implements Fact {

    @Override
    public String text() {
        return value;
    }
}
