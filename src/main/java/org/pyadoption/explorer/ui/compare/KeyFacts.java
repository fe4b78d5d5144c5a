package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of the side-by-side table. Every value that no source confirmed says so ("(unconfirmed)"), and every
 * figure carries its date, so the table never shows an unverified fact as sourced or a number without its date.
 */
final class KeyFacts {

    static final String NONE = "\u2014";
    private static final String BULLET = "\u2022 ";

    private final DatasetIndex index;

    /** {@code index} names the frameworks; when null, their ids are shown. */
    KeyFacts(DatasetIndex index) {
        this.index = index;
    }

    /** The rows for these companies; none when there are none. */
    List<KeyFactRow> rows(List<IndexedCompany> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        List<KeyFactRow> rows = new ArrayList<>();
        rows.add(row("compare.row.adoption", companies, c -> adoption(c.company().pythonAdoption())));
        rows.add(row("compare.row.founded", companies, c -> single(c.company().founded())));
        rows.add(row("compare.row.industry", companies, c -> single(c.company().industry())));
        rows.add(row("compare.row.country", companies, c -> single(c.company().headquartersCountry())));
        rows.add(row("compare.row.frameworks", companies, c -> frameworks(c.company())));
        rows.add(row("compare.row.figures", companies, c -> figures(c.company())));
        rows.add(row("compare.row.openSource", companies, c -> openSource(c.company())));
        rows.add(row("compare.row.facts", companies,
                c -> Messages.get("compare.factCounts", c.sourcedFactCount(), c.company().factCount())));
        return rows;
    }

    private static KeyFactRow row(String key, List<IndexedCompany> companies, Function<IndexedCompany, String> value) {
        List<String> values = new ArrayList<>(companies.size());
        for (IndexedCompany c : companies) {
            values.add(value.apply(c));
        }
        return new KeyFactRow(Messages.get(key), values);
    }

    /** "by 2013 — Established by 2013: …", or the text alone when it states no year. */
    static String adoption(Adoption a) {
        if (a == null) {
            return NONE;
        }
        String year = a.yearLabel();
        String text = year.isEmpty() ? a.text() : year + " \u2014 " + a.text();
        return text + qualifiers(a, null);
    }

    static String single(Fact f) {
        return f == null ? NONE : f.text() + qualifiers(f, null);
    }

    /** Framework names from the frameworks table, each once; a name only unverified facts give is unconfirmed. */
    String frameworks(Company c) {
        Map<String, Boolean> confirmed = new LinkedHashMap<>();
        for (FrameworkFact f : c.frameworks()) {
            for (String id : f.frameworkIds()) {
                confirmed.merge(id, f.verified(), Boolean::logicalOr);
            }
        }
        if (confirmed.isEmpty()) {
            return NONE;
        }
        List<String> names = new ArrayList<>(confirmed.size());
        confirmed.forEach((id, ok) -> names.add(frameworkName(id) + (ok ? "" : unconfirmed())));
        return String.join(", ", names);
    }

    private String frameworkName(String id) {
        return index == null ? id : index.frameworkName(id);
    }

    /** One line per figure: "• value (as of 2013)". */
    static String figures(Company c) {
        if (c.figures().isEmpty()) {
            return NONE;
        }
        List<String> lines = new ArrayList<>(c.figures().size());
        for (Figure f : c.figures()) {
            lines.add(BULLET + f.value() + qualifiers(f, f.asOf()));
        }
        return String.join("\n", lines);
    }

    /** Project names: the part of each entry before " - ", which the dataset uses to start a description. */
    static String openSource(Company c) {
        if (c.openSourceProjects().isEmpty()) {
            return NONE;
        }
        List<String> names = new ArrayList<>(c.openSourceProjects().size());
        for (TextFact p : c.openSourceProjects()) {
            int dash = p.value().indexOf(" - ");
            String name = dash > 0 ? p.value().substring(0, dash) : p.value();
            names.add(name + qualifiers(p, null));
        }
        return String.join(", ", names);
    }

    /** " (as of 2013, low confidence, unconfirmed)" with only the parts that apply, or "". */
    private static String qualifiers(Fact f, String asOf) {
        List<String> parts = new ArrayList<>(3);
        if (asOf != null && !asOf.isBlank()) {
            parts.add(Messages.get("compare.asOf", asOf));
        }
        if (f.provenance().isLowConfidence()) {
            parts.add(Messages.get("compare.lowConfidence"));
        }
        if (!f.verified()) {
            parts.add(Messages.get("compare.unconfirmed"));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String unconfirmed() {
        return " (" + Messages.get("compare.unconfirmed") + ")";
    }
}
