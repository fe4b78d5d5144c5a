package org.pyadoption.explorer.model;

import java.util.Optional;

/** The fixed vocabulary of areas a company uses Python for. */
public enum UseCase {
    WEB_BACKEND("web-backend", "Web backend"),
    DATA_ENGINEERING("data-engineering", "Data engineering"),
    MACHINE_LEARNING("machine-learning", "Machine learning"),
    INFRASTRUCTURE_AUTOMATION("infrastructure-automation", "Infrastructure automation"),
    SECURITY("security", "Security"),
    TESTING("testing", "Testing"),
    SCIENTIFIC_COMPUTING("scientific-computing", "Scientific computing"),
    DESKTOP_TOOLS("desktop-tools", "Desktop tools"),
    DEVELOPER_TOOLING("developer-tooling", "Developer tooling"),
    FINANCE_ANALYTICS("finance-analytics", "Finance analytics");

    private final String id;
    private final String label;

    UseCase(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value used in dataset files, e.g. {@code web-backend}. */
    public String id() {
        return id;
    }

    /** The name shown to people, e.g. "Web backend". */
    public String label() {
        return label;
    }

    public static Optional<UseCase> fromId(String id) {
        return Vocabulary.byId(values(), UseCase::id, id);
    }
}
