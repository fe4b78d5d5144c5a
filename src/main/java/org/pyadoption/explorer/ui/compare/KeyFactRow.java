package org.pyadoption.explorer.ui.compare;

import java.util.List;

/**
 * One row of the side-by-side table of key facts.
 *
 * @param label             what the row shows, e.g. "Founded"
 * @param valuesPerCompany  one text per compared company, in comparison order; may span several lines
 */
public record KeyFactRow(String label, List<String> valuesPerCompany) {

    public KeyFactRow {
        valuesPerCompany = List.copyOf(valuesPerCompany);
    }

    public String value(int company) {
        return valuesPerCompany.get(company);
    }
}
