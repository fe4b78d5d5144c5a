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
 * them (a fact citing one source, with no note of its own), so that a large dataset holds each of them once. Lives
 * for one load. The maps stay small (a few thousand entries, one per source or word) so sharing costs a
 * cache-friendly lookup per value.
 */
final class Interner {

    private final Map<String, String> strings = new HashMap<>(8192);
    private final Map<String, Single> singletons = new HashMap<>(8192);
    private final Map<PlainProvenance, Provenance> provenances = new HashMap<>(8192);
    private final Map<Utf8Key, Utf8Key> texts = new HashMap<>(1024);
    /** The key a text is looked up with, never kept in the map: a text met again costs no allocation. */
    private final Utf8Key probe = new Utf8Key();
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
        Utf8Key first = texts.get(probe.set(text.block, text.span));
        if (first == null) {
            Utf8Key key = new Utf8Key().set(text.block, text.span);
            texts.put(key, key);
        } else {
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
            Single single = singletons.get(id);
            if (single == null) {
                single = new Single(List.of(share(id)));
                singletons.put(id, single);
            }
            return single.list;
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
                && (!note.present() || !isVerified);
        Single single = plain ? singletons.get(sourceIds.get(0)) : null;
        if (single != null && single.list == sourceIds) {
            if (!note.present()) {
                Provenance shared = isVerified ? single.verified : single.unverified;
                if (shared == null) {
                    shared = new Provenance(sourceIds, isVerified, null, null, null, 0, null, 0);
                    if (isVerified) {
                        single.verified = shared;
                    } else {
                        single.unverified = shared;
                    }
                }
                return shared;
            }
            Provenance last = single.lastWithNote;
            if (last != null && last.noteBlock() == note.block && last.noteSpan() == note.span) {
                return last;
            }
            PlainProvenance key = new PlainProvenance(sourceIds, note.block, note.span);
            Provenance shared = provenances.get(key);
            if (shared == null) {
                shared = new Provenance(sourceIds, false, null, null, note.block, note.span, null, 0);
                provenances.put(key, shared);
            }
            single.lastWithNote = shared;
            return shared;
        }
        return new Provenance(sourceIds, isVerified, evidence, confidence, note.block, note.span, seenAt.block,
                seenAt.span);
    }

    /**
     * What an unverified plain provenance with a note is made of; its list and note are shared instances (the note's
     * block by identity).
     */
    private record PlainProvenance(List<String> sourceIds, byte[] noteBlock, long noteSpan) {
    }

    /**
     * The shared list of one source id, the plain provenances without a note that cite it, and the last one with a
     * note (a source is mostly cited with one stock note).
     */
    private static final class Single {
        final List<String> list;
        Provenance verified;
        Provenance unverified;
        Provenance lastWithNote;

        Single(List<String> list) {
            this.list = list;
        }
    }

    /** A text in a block as a map key: equal by content. Set once, but for the probe. */
    private static final class Utf8Key {
        private byte[] block;
        private long span;
        private int hash;

        Utf8Key set(byte[] block, long span) {
            this.block = block;
            this.span = span;
            int from = Utf8Text.offset(span);
            this.hash = Utf8Bytes.hash(block, from, from + Utf8Text.length(span));
            return this;
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
