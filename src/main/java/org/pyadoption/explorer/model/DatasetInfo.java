package org.pyadoption.explorer.model;

import java.util.List;

/** The header of a dataset file. */
public record DatasetInfo(int formatVersion, String title, String version, String description, String licence,
                          String asOf, List<String> sourcingNotes) {

    public DatasetInfo {
        sourcingNotes = List.copyOf(sourcingNotes);
    }
}
