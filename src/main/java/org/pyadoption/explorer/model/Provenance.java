package org.pyadoption.explorer.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a fact comes from and how sure we are of it.
 *
 * @param sourceIds  ids of entries in the dataset's sources table; never empty in a valid dataset
 * @param verified   true when the fact's wording was read in a cited source
 * @param evidence   the kind of evidence for this fact when it differs from its first source's kind, else null
 * @param confidence how strongly the sources support it, or null when not stated
 * @param noteUtf8   the researcher's note as UTF-8 (see {@link Utf8Text}), or null; {@link #note()} gives it as text
 * @param seenAtUtf8 where the text was actually read when that was a mirror or copy, as UTF-8, or null;
 *                   {@link #seenAt()} gives it as text
 */
public record Provenance(List<String> sourceIds, boolean verified, SourceKind evidence, Confidence confidence,
                         byte[] noteUtf8, byte[] seenAtUtf8) {

    public Provenance {
        sourceIds = List.copyOf(sourceIds);
    }

    public Provenance(List<String> sourceIds, boolean verified, SourceKind evidence, Confidence confidence,
                      String note, String seenAt) {
        this(sourceIds, verified, evidence, confidence, Utf8Text.encode(note), Utf8Text.encode(seenAt));
    }

    /** Where the text was actually read when that was a mirror or copy, or null. */
    public String seenAt() {
        return Utf8Text.decode(seenAtUtf8);
    }

    /** The researcher's note, or null. */
    public String note() {
        return Utf8Text.decode(noteUtf8);
    }

    /** A fact is shown as sourced only when it was verified and nobody flagged it as weak. */
    public boolean isLowConfidence() {
        return confidence == Confidence.LOW;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && verified == p.verified && sourceIds.equals(p.sourceIds)
                && evidence == p.evidence && confidence == p.confidence && Utf8Text.equal(noteUtf8, p.noteUtf8)
                && Utf8Text.equal(seenAtUtf8, p.seenAtUtf8);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceIds, verified, evidence, confidence, Utf8Text.hash(noteUtf8),
                Utf8Text.hash(seenAtUtf8));
    }

    @Override
    public String toString() {
        return "Provenance[sourceIds=" + sourceIds + ", verified=" + verified + ", evidence=" + evidence
                + ", confidence=" + confidence + ", note=" + note() + ", seenAt=" + seenAt() + "]";
    }
}
