package org.pyadoption.explorer.ui.detail;

import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.data.WebAddress;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Numbers one company's sources in the order they are first cited and remembers where each was read. */
final class SourceNumbering {

    private final DatasetIndex index;
    private final Map<String, SourceMarker> markers = new LinkedHashMap<>();
    private final Map<String, Set<String>> readAt = new LinkedHashMap<>();

    SourceNumbering(DatasetIndex index) {
        this.index = index;
    }

    /** The markers for a fact's sources, numbering sources not cited before. */
    List<SourceMarker> cite(List<String> sourceIds, String seenAt) {
        List<SourceMarker> out = new ArrayList<>(sourceIds.size());
        for (String id : sourceIds) {
            SourceMarker m = markers.computeIfAbsent(id, this::marker);
            if (!out.contains(m)) {
                out.add(m);
            }
            String mirror = PlainText.clean(seenAt);
            if (mirror != null && !mirror.isEmpty()) {
                readAt.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(mirror);
            }
        }
        return out;
    }

    /** The kind of a cited source, empty when the dataset does not have it. */
    Optional<SourceKind> kind(String sourceId) {
        return index.source(sourceId).map(Source::kind);
    }

    /** Every source cited so far, in marker order. */
    List<SourceEntry> entries() {
        List<SourceEntry> out = new ArrayList<>(markers.size());
        for (SourceMarker m : markers.values()) {
            Optional<Source> s = index.source(m.sourceId());
            out.add(new SourceEntry(m.number(), m.sourceId(), m.title(), m.url(),
                    s.map(Source::publisher).map(PlainText::clean).orElse(null), m.kindLabel(),
                    s.map(Source::dateRead).map(PlainText::clean).orElse(null),
                    List.copyOf(readAt.getOrDefault(m.sourceId(), Set.of()))));
        }
        return out;
    }

    private SourceMarker marker(String id) {
        int number = markers.size() + 1;
        Optional<Source> found = index.source(id);
        if (found.isEmpty()) {
            String title = Messages.get("detail.source.unknown", PlainText.clean(id));
            return new SourceMarker(number, id, title, null, Messages.get("detail.kind.unknown"), title);
        }
        Source s = found.get();
        String title = PlainText.clean(s.displayName());
        String url = WebAddress.isHttp(s.url()) ? s.url().strip() : null;
        String kind = s.kind().label();
        return new SourceMarker(number, id, title, url, kind, tooltip(s, title, kind, url));
    }

    private static String tooltip(Source s, String title, String kind, String url) {
        StringBuilder t = new StringBuilder(title).append('\n').append(kind);
        String publisher = PlainText.clean(s.publisher());
        if (publisher != null && !publisher.isEmpty()) {
            t.append(" \u00b7 ").append(publisher);
        }
        if (!s.kind().isDocumentary()) {
            t.append('\n').append(Messages.get("detail.kind.explanation", s.kind().explanation()));
        }
        if (url != null) {
            t.append('\n').append(url).append('\n').append(Messages.get("detail.marker.open"));
        } else if (s.hasUrl()) {
            t.append('\n').append(PlainText.clean(s.url())).append('\n').append(Messages.get("detail.marker.notOpenable"));
        }
        return t.toString();
    }
}
