package org.pyadoption.explorer.model;

import java.util.Optional;

/** What kind of evidence a source is. Only primary and secondary sources confirm a fact. */
public enum SourceKind {
    PRIMARY("primary", "Primary source", "the company's own words: engineering blog, talk, README, python.org story"),
    SECONDARY("secondary", "Secondary source", "press, third-party write-ups, mirrors"),
    FOUNDING_DOCUMENT_CLAIM("founding-document-claim", "Founding-document claim",
            "a claim from the project's founding documents that no source confirmed"),
    GENERAL_KNOWLEDGE("general-knowledge", "General knowledge", "widely known, but no source read confirmed it");

    private final String id;
    private final String label;
    private final String explanation;

    SourceKind(String id, String label, String explanation) {
        this.id = id;
        this.label = label;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** True for kinds that can back a fact with a document someone can read. */
    public boolean isDocumentary() {
        return this == PRIMARY || this == SECONDARY;
    }

    public static Optional<SourceKind> fromId(String id) {
        return Vocabulary.byId(values(), SourceKind::id, id);
    }
}
