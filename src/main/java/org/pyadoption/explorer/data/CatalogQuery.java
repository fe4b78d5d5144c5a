package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.UseCase;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the catalog is filtered by: search text and facet selections. Within a facet the chosen values are
 * alternatives (any of them); across facets they all apply. An empty facet selection does not filter.
 */
public record CatalogQuery(String[] terms, Set<UseCase> useCases, Set<String> frameworkIds, Set<String> industries,
                           Set<String> countries) implements Predicate<IndexedCompany> {

    public static final CatalogQuery ALL = of("", Set.of(), Set.of(), Set.of(), Set.of());

    /** The facets, in the order the catalog shows them. */
    public enum Facet { USE_CASE, FRAMEWORK, INDUSTRY, COUNTRY }

    public static CatalogQuery of(String search, Set<UseCase> useCases, Set<String> frameworkIds,
                                  Set<String> industries, Set<String> countries) {
        String trimmed = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String[] terms = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        return new CatalogQuery(terms, Set.copyOf(useCases), Set.copyOf(frameworkIds), Set.copyOf(industries),
                Set.copyOf(countries));
    }

    @Override
    public boolean test(IndexedCompany c) {
        return c.matches(terms) && passes(Facet.USE_CASE, c) && passes(Facet.FRAMEWORK, c)
                && passes(Facet.INDUSTRY, c) && passes(Facet.COUNTRY, c);
    }

    /** True when the company passes everything except the given facet: what facet counts are counted over. */
    public boolean testAllBut(Facet skipped, IndexedCompany c) {
        if (!c.matches(terms)) {
            return false;
        }
        for (Facet f : Facet.values()) {
            if (f != skipped && !passes(f, c)) {
                return false;
            }
        }
        return true;
    }

    public boolean passes(Facet facet, IndexedCompany c) {
        return switch (facet) {
            case USE_CASE -> useCases.isEmpty() || intersects(useCases, c.useCases());
            case FRAMEWORK -> frameworkIds.isEmpty() || intersects(frameworkIds, c.frameworkIds());
            case INDUSTRY -> industries.isEmpty() || industries.contains(c.industry());
            case COUNTRY -> countries.isEmpty() || countries.contains(c.country());
        };
    }

    public boolean isEmpty() {
        return terms.length == 0 && useCases.isEmpty() && frameworkIds.isEmpty() && industries.isEmpty()
                && countries.isEmpty();
    }

    private static <T> boolean intersects(Set<T> wanted, Collection<T> has) {
        for (T t : has) {
            if (wanted.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
