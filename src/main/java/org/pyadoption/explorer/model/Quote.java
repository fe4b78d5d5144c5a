package org.pyadoption.explorer.model;

import java.util.Objects;

/**
 * Words someone said or wrote about Python at the company.
 *
 * @param textBlock    the block of UTF-8 that holds the words (see {@link Utf8Text}); {@link #text()} gives them
 *                     as text
 * @param textSpan     where in the block the words are
 * @param speakerBlock the block of UTF-8 that holds who said or wrote them; {@link #speaker()} gives it as text
 * @param speakerSpan  where in the block the speaker is
 * @param verbatim    true when the text is the exact wording of the source
 */
public record Quote(byte[] textBlock, long textSpan, byte[] speakerBlock, long speakerSpan, String role,
                    boolean verbatim, String asOf, Provenance provenance) implements Fact {

    public Quote {
        textSpan = Utf8Text.checked(textBlock, textSpan);
        speakerSpan = Utf8Text.checked(speakerBlock, speakerSpan);
    }

    public Quote(String text, String speaker, String role, boolean verbatim, String asOf, Provenance provenance) {
        this(Utf8Text.encode(text), Utf8Text.WHOLE, Utf8Text.encode(speaker), Utf8Text.WHOLE, role, verbatim, asOf,
                provenance);
    }

    /** Who said or wrote the words. */
    public String speaker() {
        return Utf8Text.decode(speakerBlock, speakerSpan);
    }

    /** The words. */
    @Override
    public String text() {
        return Utf8Text.decode(textBlock, textSpan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quote q && Utf8Text.equal(textBlock, textSpan, q.textBlock, q.textSpan)
                && Utf8Text.equal(speakerBlock, speakerSpan, q.speakerBlock, q.speakerSpan)
                && Objects.equals(role, q.role) && verbatim == q.verbatim && Objects.equals(asOf, q.asOf)
                && Objects.equals(provenance, q.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Utf8Text.hash(textBlock, textSpan),
                Utf8Text.hash(speakerBlock, speakerSpan), role, verbatim, asOf, provenance);
    }

    @Override
    public String toString() {
        return "Quote[text=" + text() + ", speaker=" + speaker() + ", role=" + role + ", verbatim=" + verbatim
                + ", asOf=" + asOf + ", provenance=" + provenance + "]";
    }
}
