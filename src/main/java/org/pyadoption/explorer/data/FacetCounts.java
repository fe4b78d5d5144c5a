package org.pyadoption.explorer.data;

import org.pyadoption.explorer.data.CatalogQuery.Facet;
import org.pyadoption.explorer.model.UseCase;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many companies each facet value would show: for a value of facet F, the companies that match the search and
 * every other facet and have that value. Computed in one pass over the companies.
 */
public final class FacetCounts {

    private final Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
    private final int matching;

    private FacetCounts(int matching) {
        this.matching = matching;
        for (Facet f : Facet.values()) {
            counts.put(f, new HashMap<>());
        }
    }

    public static FacetCounts count(List<IndexedCompany> companies, CatalogQuery q) {
        int matching = 0;
        Map<Facet, Map<String, Integer>> m = new FacetCounts(0).counts;
        for (IndexedCompany c : companies) {
            if (!c.matches(q.terms())) {
                continue;
            }
            boolean useCase = q.passes(Facet.USE_CASE, c);
            boolean framework = q.passes(Facet.FRAMEWORK, c);
            boolean industry = q.passes(Facet.INDUSTRY, c);
            boolean country = q.passes(Facet.COUNTRY, c);
            if (useCase && framework && industry && country) {
                matching++;
            }
            if (framework && industry && country) {
                Map<String, Integer> u = m.get(Facet.USE_CASE);
                for (UseCase uc : c.useCases()) {
                    u.merge(uc.id(), 1, Integer::sum);
                }
            }
            if (useCase && industry && country) {
                Map<String, Integer> f = m.get(Facet.FRAMEWORK);
                for (String id : c.frameworkIds()) {
                    f.merge(id, 1, Integer::sum);
                }
            }
            if (useCase && framework && country && !c.industry().isEmpty()) {
                m.get(Facet.INDUSTRY).merge(c.industry(), 1, Integer::sum);
            }
            if (useCase && framework && industry && !c.country().isEmpty()) {
                m.get(Facet.COUNTRY).merge(c.country(), 1, Integer::sum);
            }
        }
        FacetCounts out = new FacetCounts(matching);
        out.counts.putAll(m);
        return out;
    }

    /** Companies that a facet value would show; use-case values are keyed by their id. */
    public int count(Facet facet, String value) {
        return counts.get(facet).getOrDefault(value, 0);
    }

    /** Companies matching the whole query. */
    public int matching() {
        return matching;
    }
}
