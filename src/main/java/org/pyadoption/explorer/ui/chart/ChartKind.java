package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.model.Vocabulary;

import java.util.Optional;

/** The comparison charts, in the order the selector offers them. */
public enum ChartKind {
    USE_CASES("use-cases", "Use-case profile"),
    FRAMEWORKS("frameworks", "Framework overlap"),
    TIMELINE("timeline", "Timeline"),
    FIGURES("figures", "Figures"),
    EVIDENCE("evidence", "Evidence"),
    LANDSCAPE("landscape", "Landscape (whole dataset)");

    private final String id;
    private final String label;

    ChartKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on the command line, e.g. {@code use-cases}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    public static Optional<ChartKind> fromId(String id) {
        return Vocabulary.byId(values(), ChartKind::id, id);
    }
}
