package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.data.IndexedCompany;

/**
 * A compared company with its colour slot: 1 to {@link org.pyadoption.explorer.ui.state.ExplorerState#MAX_COMPARED},
 * the {@code -app-chart-N} colour of its chip. A company keeps its slot while it stays in the comparison.
 */
public record ComparedCompany(IndexedCompany company, int colourSlot) {

    public String id() {
        return company.id();
    }

    public String name() {
        return company.name();
    }
}
