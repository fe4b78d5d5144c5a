package org.pyadoption.explorer.ui.compare;

import java.util.List;

/** Everything the comparison pane shows at one moment, derived in one step so no part can be stale. */
public record Comparison(List<ComparedCompany> companies, UseCaseProfile profile, List<KeyFactRow> keyFacts) {

    public static final Comparison EMPTY = new Comparison(List.of(), UseCaseProfile.EMPTY, List.of());

    public Comparison {
        companies = List.copyOf(companies);
        keyFacts = List.copyOf(keyFacts);
    }

    public boolean isEmpty() {
        return companies.isEmpty();
    }
}
