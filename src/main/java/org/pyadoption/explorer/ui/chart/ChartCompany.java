package org.pyadoption.explorer.ui.chart;

/**
 * A company as charts show it.
 *
 * @param colourSlot 1 to 8: the company's colour in every chart, kept while it stays in the comparison
 */
public record ChartCompany(String id, String name, int colourSlot) {
}
