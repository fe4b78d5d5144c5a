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
 * @param noteBlock   the block of UTF-8 that holds the researcher's note (see {@link Utf8Text}), or null when there
 *                    is none; {@link #note()} gives it as text
 * @param noteSpan    where in the block the note is
 * @param seenAtBlock the block of UTF-8 that holds where the text was actually read when that was a mirror or copy,
 *                    or null; {@link #seenAt()} gives it as text
 * @param seenAtSpan  where in the block that address is
 */
public record Provenance(List<String> sourceIds, boolean verified, SourceKind evidence, Confidence confidence,
                         byte[] noteBlock, long noteSpan, byte[] seenAtBlock, long seenAtSpan) {

    public Provenance {
        sourceIds = List.copyOf(sourceIds);
        noteSpan = Utf8Text.checked(noteBlock, noteSpan);
        seenAtSpan = Utf8Text.checked(seenAtBlock, seenAtSpan);
    }

    public Provenance(List<String> sourceIds, boolean verified, SourceKind evidence, Confidence confidence,
                      String note, String seenAt) {
        this(sourceIds, verified, evidence, confidence, Utf8Text.encode(note), Utf8Text.WHOLE, Utf8Text.encode(seenAt),
                Utf8Text.WHOLE);
    }

    /** Where the text was actually read when that was a mirror or copy, or null. */
    public String seenAt() {
        return Utf8Text.decode(seenAtBlock, seenAtSpan);
    }

    /** The researcher's note, or null. */
    public String note() {
        return Utf8Text.decode(noteBlock, noteSpan);
    }

    /** A fact is shown as sourced only when it was verified and nobody flagged it as weak. */
    public boolean isLowConfidence() {
        return confidence == Confidence.LOW;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && verified == p.verified && sourceIds.equals(p.sourceIds)
                && evidence == p.evidence && confidence == p.confidence
                && Utf8Text.equal(noteBlock, noteSpan, p.noteBlock, p.noteSpan)
                && Utf8Text.equal(seenAtBlock, seenAtSpan, p.seenAtBlock, p.seenAtSpan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceIds, verified, evidence, confidence, Utf8Text.hash(noteBlock, noteSpan),
                Utf8Text.hash(seenAtBlock, seenAtSpan));
    }

    @Override
    public String toString() {
        return "Provenance[sourceIds=" + sourceIds + ", verified=" + verified + ", evidence=" + evidence
                + ", confidence=" + confidence + ", note=" + note() + ", seenAt=" + seenAt() + "]";
    }
}
