package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.ui.chart.ChartData;

import java.util.List;

/**
 * Everything the comparison pane shows at one moment, derived in one step so no part can be stale.
 *
 * @param chart    the chosen chart's data, or null while no dataset is loaded
 * @param footnote the chart's source line
 */
public record Comparison(List<ComparedCompany> companies, ChartData chart, String footnote,
                         List<KeyFactRow> keyFacts) {

    public static final Comparison EMPTY = new Comparison(List.of(), null, "", List.of());

    public Comparison {
        companies = List.copyOf(companies);
        keyFacts = List.copyOf(keyFacts);
    }

    public boolean isEmpty() {
        return companies.isEmpty();
    }
}
