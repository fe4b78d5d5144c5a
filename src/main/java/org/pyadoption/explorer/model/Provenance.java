package org.pyadoption.explorer.model;

import java.util.List;

/**
 * Where a fact comes from and how sure we are of it.
 *
 * @param sourceIds  ids of entries in the dataset's sources table; never empty in a valid dataset
 * @param verified   true when the fact's wording was read in a cited source
 * @param evidence   the kind of evidence for this fact when it differs from its first source's kind, else null
 * @param confidence how strongly the sources support it, or null when not stated
 * @param note       the researcher's note, or null
 * @param seenAt     where the text was actually read when that was a mirror or copy, or null
 */
public record Provenance(List<String> sourceIds, boolean verified, SourceKind evidence, Confidence confidence,
                         String note, String seenAt) {

    public Provenance {
        sourceIds = List.copyOf(sourceIds);
    }

    /** A fact is shown as sourced only when it was verified and nobody flagged it as weak. */
    public boolean isLowConfidence() {
        return confidence == Confidence.LOW;
    }
}
