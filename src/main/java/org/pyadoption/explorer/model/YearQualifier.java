package org.pyadoption.explorer.model;

import java.util.Optional;

/** How an adoption year relates to the adoption: in that year, no later than it, or about then. */
public enum YearQualifier {
    IN("in", ""),
    BY("by", "by "),
    CIRCA("circa", "c. ");

    private final String id;
    private final String prefix;

    YearQualifier(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    public String id() {
        return id;
    }

    /** The year as people read it, e.g. "by 2013". */
    public String format(int year) {
        return prefix + year;
    }

    public static Optional<YearQualifier> fromId(String id) {
        return Vocabulary.byId(values(), YearQualifier::id, id);
    }
}
