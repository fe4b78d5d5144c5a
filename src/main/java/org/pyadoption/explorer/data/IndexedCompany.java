package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.UseCase;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A company with what the catalog filters and sorts on, computed once at load. A value class (equal when its parts
 * are equal, like a record); it is not a record only so that the search mask can sit in its own fields: the catalog
 * tests every company on every keystroke, and one object fewer to visit per company halves the time.
 */
public final class IndexedCompany {

    /** The terms of the last query and their masks: a query tests the same terms against every company. */
    private static volatile Terms lastTerms = new Terms(new String[0], new SearchMask[0]);

    private final Company company;
    private final String searchKey;
    private final Set<UseCase> useCases;
    private final Set<String> frameworkIds;
    private final String industry;
    private final String country;
    private final Integer adoptionYear;
    private final int sourcedFactCount;
    // the search key's SearchMask, kept in fields of its own
    private final long maskChars;
    private final long maskPairs0;
    private final long maskPairs1;
    private final long maskPairs2;
    private final long maskPairs3;

    /**
     * @param searchKey        lower-cased text of name, industry, use cases, frameworks, open-source projects and
     *                         quotes
     * @param useCases         the use-case areas it has facts for
     * @param frameworkIds     the frameworks it uses
     * @param industry         its industry, or "" when unknown
     * @param country          its headquarters country, or "" when unknown
     * @param adoptionYear     the adoption year its text states, or null
     * @param sourcedFactCount facts whose wording was read in a cited source
     */
    public IndexedCompany(Company company, String searchKey, Set<UseCase> useCases, Set<String> frameworkIds,
                          String industry, String country, Integer adoptionYear, int sourcedFactCount) {
        this(company, searchKey, useCases, frameworkIds, industry, country, adoptionYear, sourcedFactCount,
                SearchMask.of(searchKey));
    }

    /** With the search key's mask already made. */
    IndexedCompany(Company company, String searchKey, Set<UseCase> useCases, Set<String> frameworkIds,
                   String industry, String country, Integer adoptionYear, int sourcedFactCount, SearchMask mask) {
        this.company = company;
        this.searchKey = searchKey;
        this.useCases = useCases;
        this.frameworkIds = frameworkIds;
        this.industry = industry;
        this.country = country;
        this.adoptionYear = adoptionYear;
        this.sourcedFactCount = sourcedFactCount;
        this.maskChars = mask.chars();
        this.maskPairs0 = mask.pairs(0);
        this.maskPairs1 = mask.pairs(1);
        this.maskPairs2 = mask.pairs(2);
        this.maskPairs3 = mask.pairs(3);
    }

    public Company company() {
        return company;
    }

    public String searchKey() {
        return searchKey;
    }

    public Set<UseCase> useCases() {
        return useCases;
    }

    public Set<String> frameworkIds() {
        return frameworkIds;
    }

    public String industry() {
        return industry;
    }

    public String country() {
        return country;
    }

    public Integer adoptionYear() {
        return adoptionYear;
    }

    public int sourcedFactCount() {
        return sourcedFactCount;
    }

    public String id() {
        return company.id();
    }

    public String name() {
        return company.name();
    }

    /** True when every whitespace-separated term of the lower-cased query occurs in the search key. */
    public boolean matches(String[] lowerCaseTerms) {
        SearchMask[] masks = masksOf(lowerCaseTerms);
        for (int i = 0; i < lowerCaseTerms.length; i++) {
            SearchMask term = masks[i];
            if (!term.isIn(maskChars, maskPairs0, maskPairs1, maskPairs2, maskPairs3)
                    || !term.isExact() && !searchKey.contains(lowerCaseTerms[i])) {
                return false;
            }
        }
        return true;
    }

    private static SearchMask[] masksOf(String[] terms) {
        Terms last = lastTerms;
        if (Arrays.equals(last.terms(), terms)) {
            return last.masks();
        }
        String[] copy = terms.clone();
        SearchMask[] masks = new SearchMask[copy.length];
        for (int i = 0; i < copy.length; i++) {
            masks[i] = SearchMask.of(copy[i]);
        }
        lastTerms = new Terms(copy, masks);
        return masks;
    }

    private record Terms(String[] terms, SearchMask[] masks) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedCompany c && sourcedFactCount == c.sourcedFactCount
                && Objects.equals(company, c.company) && Objects.equals(searchKey, c.searchKey)
                && Objects.equals(useCases, c.useCases) && Objects.equals(frameworkIds, c.frameworkIds)
                && Objects.equals(industry, c.industry) && Objects.equals(country, c.country)
                && Objects.equals(adoptionYear, c.adoptionYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, searchKey, useCases, frameworkIds, industry, country, adoptionYear,
                sourcedFactCount);
    }

    @Override
    public String toString() {
        return "IndexedCompany[company=" + company + ", searchKey=" + searchKey + ", useCases=" + useCases
                + ", frameworkIds=" + frameworkIds + ", industry=" + industry + ", country=" + country
                + ", adoptionYear=" + adoptionYear + ", sourcedFactCount=" + sourcedFactCount + "]";
    }
}
