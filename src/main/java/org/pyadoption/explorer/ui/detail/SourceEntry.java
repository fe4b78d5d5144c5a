package org.pyadoption.explorer.ui.detail;

import java.util.List;

/**
 * A line of the closing sources list, in the numbering of the markers.
 *
 * @param title     the title, else the address, else the id
 * @param url       an http(s) address to open, or null
 * @param publisher who published it, or null
 * @param dateRead  when it was read, or null
 * @param readAt    the mirrors or copies where facts citing it were actually read, in order
 */
public record SourceEntry(int number, String sourceId, String title, String url, String publisher, String kindLabel,
                          String dateRead, List<String> readAt) {

    public SourceEntry {
        readAt = List.copyOf(readAt);
    }
}
