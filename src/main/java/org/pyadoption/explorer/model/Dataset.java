package org.pyadoption.explorer.model;

import java.util.List;

/** A whole dataset: header, sources table, frameworks table and companies. */
public record Dataset(DatasetInfo info, List<Source> sources, List<Framework> frameworks, List<Company> companies) {

    public Dataset {
        sources = List.copyOf(sources);
        frameworks = List.copyOf(frameworks);
        companies = List.copyOf(companies);
    }

    public int factCount() {
        int n = 0;
        for (Company c : companies) {
            n += c.factCount();
        }
        return n;
    }
}
