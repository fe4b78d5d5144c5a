package org.pyadoption.explorer.ui.compare;

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
import java.util.List;

/**
 * Draws a {@link UseCaseProfile} as a stacked bar chart: one bar per company, one series per use-case area. Each
 * area keeps its colour whichever companies are shown ({@code area-<id>} style classes on bars and legend symbols).
 */
final class UseCaseChart {

    private final StackedBarChart<String, Number> chart;
    private final CategoryAxis xAxis;
    private final NumberAxis yAxis;

    UseCaseChart(StackedBarChart<String, Number> chart) {
        this.chart = chart;
        this.xAxis = (CategoryAxis) chart.getXAxis();
        this.yAxis = (NumberAxis) chart.getYAxis();
        chart.setAnimated(false);
        // the categories are the compared companies, also those with no sourced use-case fact
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(0);
        yAxis.setTickUnit(1);
        yAxis.setMinorTickVisible(false);
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
    }

    /** Replaces everything the chart shows; old series, categories and legend entries go first. */
    void show(UseCaseProfile profile) {
        chart.getData().clear();
        xAxis.getCategories().setAll(profile.companyNames());
        yAxis.setUpperBound(Math.max(1, profile.maxTotal()));

        List<XYChart.Series<String, Number>> all = new ArrayList<>(profile.areas().size());
        for (int a = 0; a < profile.areas().size(); a++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(profile.areas().get(a).label());
            for (int c = 0; c < profile.companyNames().size(); c++) {
                if (profile.count(c, a) > 0) {
                    series.getData().add(new XYChart.Data<>(profile.companyNames().get(c), profile.count(c, a)));
                }
            }
            all.add(series);
        }
        chart.getData().setAll(all);
        colourByArea(profile, all);
    }

    /** Runs after the chart has set its own style classes on the new bars and legend symbols. */
    private void colourByArea(UseCaseProfile profile, List<XYChart.Series<String, Number>> all) {
        for (int a = 0; a < all.size(); a++) {
            UseCase area = profile.areas().get(a);
            for (XYChart.Data<String, Number> d : all.get(a).getData()) {
                Node bar = d.getNode();
                bar.getStyleClass().add(styleClass(area));
                Tooltip.install(bar, new Tooltip(Messages.get("compare.chart.bar", d.getXValue(), area.label(),
                        d.getYValue().intValue())));
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

    List<String> categories() {
        return List.copyOf(xAxis.getCategories());
    }
}
