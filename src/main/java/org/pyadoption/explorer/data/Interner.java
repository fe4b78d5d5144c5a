package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Confidence;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.SourceKind;

import java.util.Arrays;
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
    private final Map<Utf8Key, byte[]> texts = new HashMap<>(1024);

    /** The instance equal to {@code value} seen first, or {@code value} itself; null stays null. */
    String share(String value) {
        if (value == null) {
            return null;
        }
        String first = strings.putIfAbsent(value, value);
        return first == null ? value : first;
    }

    /**
     * The UTF-8 text equal to {@code utf8} seen first, or {@code utf8} itself; null stays null. For texts that repeat
     * (industries, countries, the stock notes of unverified facts), not for the distinct ones.
     */
    byte[] shareUtf8(byte[] utf8) {
        if (utf8 == null) {
            return null;
        }
        byte[] first = texts.putIfAbsent(new Utf8Key(utf8), utf8);
        return first == null ? utf8 : first;
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
                          byte[] note, byte[] seenAt) {
        byte[] sharedNote = isVerified ? note : shareUtf8(note);
        boolean plain = sourceIds.size() == 1 && evidence == null && confidence == null && seenAt == null
                && (note == null || !isVerified) && singletons.get(sourceIds.get(0)) == sourceIds;
        if (plain) {
            PlainProvenance key = new PlainProvenance(sourceIds, isVerified, sharedNote);
            Provenance shared = provenances.get(key);
            if (shared == null) {
                shared = new Provenance(sourceIds, isVerified, null, null, sharedNote, null);
                provenances.put(key, shared);
            }
            return shared;
        }
        return new Provenance(sourceIds, isVerified, evidence, confidence, sharedNote, seenAt);
    }

    /** What a plain provenance is made of; its list and note are shared instances. */
    private record PlainProvenance(List<String> sourceIds, boolean verified, byte[] note) {
    }

    /** UTF-8 bytes as a map key: equal by content. */
    private static final class Utf8Key {
        private final byte[] bytes;
        private final int hash;

        Utf8Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Utf8Key k && hash == k.hash && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

}
