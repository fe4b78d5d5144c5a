package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Confidence;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.Utf8Text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares one instance among equal values that repeat across a file: source and framework ids, dates, units and
 * other short vocabulary, the stock notes of unverified facts, single-source lists and the plain provenances built on
 * them (a fact citing one source, with no note of its own), so that a large dataset holds each of them once. Lives for one load. The maps stay small (a few
 * thousand entries, one per source or word) so sharing costs a cache-friendly lookup per value.
 */
final class Interner {

    private final Map<String, String> strings = new HashMap<>(8192);
    private final Map<String, List<String>> singletons = new HashMap<>(8192);
    private final Map<PlainProvenance, Provenance> provenances = new HashMap<>(8192);
    private final Map<Utf8Key, Utf8Key> texts = new HashMap<>(1024);
    /** Where the texts are read into: a text found again gives its room back. */
    private final TextBlocks blocks;

    Interner(TextBlocks blocks) {
        this.blocks = blocks;
    }

    /** The instance equal to {@code value} seen first, or {@code value} itself; null stays null. */
    String share(String value) {
        if (value == null) {
            return null;
        }
        String first = strings.putIfAbsent(value, value);
        return first == null ? value : first;
    }

    /**
     * Makes {@code text} the equal text seen first, if any, and gives back the room it was read into. For texts that
     * repeat (industries, countries, the stock notes of unverified facts), not for the distinct ones.
     */
    void shareUtf8(TextBlocks.Text text) {
        if (!text.present()) {
            return;
        }
        Utf8Key key = new Utf8Key(text.block, text.span);
        Utf8Key first = texts.putIfAbsent(key, key);
        if (first != null) {
            blocks.takeBack(text.block, text.span);
            text.block = first.block;
            text.span = first.span;
        }
    }

    /** An unmodifiable list of the shared elements; a list of one element is itself shared. Null stays null. */
    List<String> shareAll(List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.size() == 1) {
            String id = values.get(0);
            List<String> single = singletons.get(id);
            if (single == null) {
                single = List.of(share(id));
                singletons.put(id, single);
            }
            return single;
        }
        String[] elements = new String[values.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = share(values.get(i));
        }
        return List.of(elements);
    }

    /**
     * A provenance; the plain ones (one shared source, nothing said but maybe a shared note) are shared. The notes
     * of unverified facts are shared too: they repeat a few stock phrases ("From general knowledge; ...").
     */
    Provenance provenance(List<String> sourceIds, boolean isVerified, SourceKind evidence, Confidence confidence,
                          TextBlocks.Text note, TextBlocks.Text seenAt) {
        if (!isVerified) {
            shareUtf8(note);
        }
        boolean plain = sourceIds.size() == 1 && evidence == null && confidence == null && !seenAt.present()
                && (!note.present() || !isVerified) && singletons.get(sourceIds.get(0)) == sourceIds;
        if (plain) {
            PlainProvenance key = new PlainProvenance(sourceIds, isVerified, note.block, note.span);
            Provenance shared = provenances.get(key);
            if (shared == null) {
                shared = new Provenance(sourceIds, isVerified, null, null, note.block, note.span, null, 0);
                provenances.put(key, shared);
            }
            return shared;
        }
        return new Provenance(sourceIds, isVerified, evidence, confidence, note.block, note.span, seenAt.block,
                seenAt.span);
    }

    /** What a plain provenance is made of; its list and note are shared instances (the note's block by identity). */
    private record PlainProvenance(List<String> sourceIds, boolean verified, byte[] noteBlock, long noteSpan) {
    }

    /** A text in a block as a map key: equal by content. */
    private static final class Utf8Key {
        private final byte[] block;
        private final long span;
        private final int hash;

        Utf8Key(byte[] block, long span) {
            this.block = block;
            this.span = span;
            int from = Utf8Text.offset(span);
            this.hash = Utf8Bytes.hash(block, from, from + Utf8Text.length(span));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Utf8Key k && hash == k.hash && Utf8Text.equal(block, span, k.block, k.span);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

}
