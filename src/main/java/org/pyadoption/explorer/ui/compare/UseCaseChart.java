package org.pyadoption.explorer.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws a {@link UseCaseProfile} as horizontal stacked bars: one bar per company (names on the left, the first
 * compared on top), one series per use-case area. Horizontal, because company names are long and the pane is
 * narrow: on a vertical chart they overlap, get skipped or rotated until the plot has no height left. Each area keeps
 * its colour whichever companies are shown ({@code area-<id>} style classes on bars and legend symbols).
 */
final class UseCaseChart {

    /** Bars never get thicker than this, so two companies do not make two slabs. */
    private static final double MAX_BAR_THICKNESS = 30;
    private static final double MIN_GAP = 6;
    /** Height per company row, enough for its name on the axis, so no name is skipped. */
    private static final double ROW_HEIGHT = 26;
    /** Title, value axis and paddings. */
    private static final double FIXED_HEIGHT = 110;
    private static final double LEGEND_ROW_HEIGHT = 18;

    private final StackedBarChart<Number, String> chart;
    private final NumberAxis valueAxis;
    private final CategoryAxis companyAxis;

    UseCaseChart(StackedBarChart<Number, String> chart) {
        this.chart = chart;
        this.valueAxis = (NumberAxis) chart.getXAxis();
        this.companyAxis = (CategoryAxis) chart.getYAxis();
        chart.setAnimated(false);
        // the categories are the compared companies, also those with no sourced use-case fact
        companyAxis.setAutoRanging(false);
        valueAxis.setAutoRanging(false);
        valueAxis.setLowerBound(0);
        valueAxis.setTickUnit(1);
        valueAxis.setMinorTickVisible(false);
        valueAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        chart.categoryGapProperty().bind(Bindings.createDoubleBinding(() -> {
            double space = companyAxis.getHeight() / Math.max(1, companyAxis.getCategories().size());
            return Math.max(MIN_GAP, space - MAX_BAR_THICKNESS);
        }, companyAxis.heightProperty(), companyAxis.getCategories()));
    }

    /** Replaces everything the chart shows; old series, categories and legend entries go first. */
    void show(UseCaseProfile profile) {
        chart.getData().clear();
        // a vertical category axis runs bottom-up: reversed, the first compared company is on top like its chip
        List<String> topDown = new ArrayList<>(profile.companyNames());
        Collections.reverse(topDown);
        companyAxis.getCategories().setAll(topDown);
        valueAxis.setUpperBound(Math.max(1, profile.maxTotal()));
        // the legend lays out about two areas a row in this pane
        double legendRows = Math.ceil(profile.areas().size() / 2.0);
        chart.setMinHeight(FIXED_HEIGHT + legendRows * LEGEND_ROW_HEIGHT + topDown.size() * ROW_HEIGHT);

        List<XYChart.Series<Number, String>> all = new ArrayList<>(profile.areas().size());
        for (int a = 0; a < profile.areas().size(); a++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(profile.areas().get(a).label());
            for (int c = 0; c < profile.companyNames().size(); c++) {
                if (profile.count(c, a) > 0) {
                    series.getData().add(new XYChart.Data<>(profile.count(c, a), profile.companyNames().get(c)));
                }
            }
            all.add(series);
        }
        chart.getData().setAll(all);
        colourByArea(profile, all);
    }

    /** Runs after the chart has set its own style classes on the new bars and legend symbols. */
    private void colourByArea(UseCaseProfile profile, List<XYChart.Series<Number, String>> all) {
        for (int a = 0; a < all.size(); a++) {
            UseCase area = profile.areas().get(a);
            for (XYChart.Data<Number, String> d : all.get(a).getData()) {
                Node bar = d.getNode();
                bar.getStyleClass().add(styleClass(area));
                Tooltip.install(bar, new Tooltip(Messages.get("compare.chart.bar", d.getYValue(), area.label(),
                        d.getXValue().intValue())));
            }
        }
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && label.getGraphic() != null) {
                for (UseCase area : profile.areas()) {
                    if (area.label().equals(label.getText())) {
                        label.getGraphic().getStyleClass().add(styleClass(area));
                    }
                }
            }
        }
    }

    static String styleClass(UseCase area) {
        return "area-" + area.id();
    }
}
