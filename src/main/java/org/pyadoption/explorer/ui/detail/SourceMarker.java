package org.pyadoption.explorer.ui.detail;

/**
 * A citation beside a fact, numbered per company in the order sources are first cited.
 *
 * @param url     an http(s) address the marker opens, or null when the source has none that may be opened
 * @param tooltip the source's title, kind and address in a few lines
 */
public record SourceMarker(int number, String sourceId, String title, String url, String kindLabel, String tooltip) {

    /** "[1]". */
    public String label() {
        return "[" + number + "]";
    }

    public boolean hasLink() {
        return url != null;
    }
}
