package org.pyadoption.explorer.model;

import java.util.Optional;

/** How strongly the cited sources support a fact, where the researcher said so. */
public enum Confidence {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String id;

    Confidence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Confidence> fromId(String id) {
        return Vocabulary.byId(values(), Confidence::id, id);
    }
}
