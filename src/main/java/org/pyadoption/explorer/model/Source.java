package org.pyadoption.explorer.model;

/**
 * An entry of the dataset's sources table.
 *
 * @param url      http(s) address; null only for kinds that are not documents (general knowledge, founding claims)
 * @param title    a title, or null when none is known
 * @param dateRead when the source was read (YYYY-MM-DD), or null when not recorded
 */
public record Source(String id, String url, String title, String publisher, SourceKind kind, String dateRead,
                     String note) {

    /** What to call the source in one line: its title, else its address, else its id. */
    public String displayName() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return url != null ? url : id;
    }

    public boolean hasUrl() {
        return url != null && !url.isBlank();
    }
}
