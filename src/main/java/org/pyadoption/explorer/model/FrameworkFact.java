package org.pyadoption.explorer.model;

import java.util.List;

/**
 * A framework or library a company uses.
 *
 * @param value        the fact as the source put it, e.g. "Django (heavily modified)"
 * @param frameworkIds the frameworks it names, as ids of the dataset's frameworks table, e.g. ["django"]
 */
public record FrameworkFact(String value, List<String> frameworkIds, Provenance provenance) implements Fact {

    public FrameworkFact {
        frameworkIds = List.copyOf(frameworkIds);
    }

    @Override
    public String text() {
        return value;
    }
}
