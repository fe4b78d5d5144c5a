package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * Words someone said or wrote about Python at the company.
 *
 * @param textUtf8    the words, as UTF-8 (see {@link Utf8Text}); {@link #text()} gives them as text
 * @param speakerUtf8 who said or wrote them, as UTF-8; {@link #speaker()} gives it as text
 * @param verbatim    true when the text is the exact wording of the source
 */
public record Quote(byte[] textUtf8, byte[] speakerUtf8, String role, boolean verbatim, String asOf,
                    Provenance provenance) implements Fact {

    public Quote(String text, String speaker, String role, boolean verbatim, String asOf, Provenance provenance) {
        this(Utf8Text.encode(text), Utf8Text.encode(speaker), role, verbatim, asOf, provenance);
    }

    /** Who said or wrote the words. */
    public String speaker() {
        return Utf8Text.decode(speakerUtf8);
    }

    /** The words. */
    @Override
    public String text() {
        return Utf8Text.decode(textUtf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quote q && Utf8Text.equal(textUtf8, q.textUtf8) && Utf8Text.equal(speakerUtf8, q.speakerUtf8)
                && Objects.equals(role, q.role) && verbatim == q.verbatim && Objects.equals(asOf, q.asOf)
                && Objects.equals(provenance, q.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(textUtf8), Utf8Text.hash(speakerUtf8), role, verbatim, asOf, provenance);
    }

    @Override
    public String toString() {
        return "Quote[text=" + text() + ", speaker=" + speaker() + ", role=" + role + ", verbatim=" + verbatim
                + ", asOf=" + asOf + ", provenance=" + provenance + "]";
    }
}
