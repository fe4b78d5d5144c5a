package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.UseCase;

import java.util.Set;

/**
 * A company with what the catalog filters and sorts on, computed once at load.
 *
 * @param searchKey         lower-cased text of name, industry, use cases, frameworks, open-source projects and quotes
 * @param useCases          the use-case areas it has facts for
 * @param frameworkIds      the frameworks it uses
 * @param industry          its industry, or "" when unknown
 * @param country           its headquarters country, or "" when unknown
 * @param adoptionYear      the adoption year its text states, or null
 * @param sourcedFactCount  facts whose wording was read in a cited source
 */
public record IndexedCompany(Company company, String searchKey, Set<UseCase> useCases, Set<String> frameworkIds,
                             String industry, String country, Integer adoptionYear, int sourcedFactCount) {

    public String id() {
        return company.id();
    }

    public String name() {
        return company.name();
    }

    /** True when every whitespace-separated term of the lower-cased query occurs in the search key. */
    public boolean matches(String[] lowerCaseTerms) {
        for (String term : lowerCaseTerms) {
            if (!searchKey.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
