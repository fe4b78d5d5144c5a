package org.pyadoption.explorer.ui.chart;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * Shows a chart, drawn by {@link ChartRenderer} at the size of the pane, redrawn when the data, the size, the
 * theme or the palette change.
 */
public final class ChartCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final Region styleProbe = new Region();
    private final TextMeasurer measurer = new TextMeasurer();
    private final ObjectProperty<ChartData> data = new SimpleObjectProperty<>(this, "data");
    private final StringProperty footnote = new SimpleStringProperty(this, "footnote", "");
    private final BooleanProperty colourBlindSafe = new SimpleBooleanProperty(this, "colourBlindSafe");
    private ChartStyle style;
    private final ListChangeListener<String> themeChange = c -> Platform.runLater(this::restyle);

    public ChartCanvas() {
        getStyleClass().add("chart-canvas");
        styleProbe.setManaged(false);
        styleProbe.setVisible(false);
        getChildren().addAll(canvas, styleProbe);
        data.addListener((obs, old, now) -> redraw());
        footnote.addListener((obs, old, now) -> redraw());
        colourBlindSafe.addListener((obs, old, now) -> restyle());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null && old.getRoot() != null) {
                old.getRoot().getStyleClass().removeListener(themeChange);
            }
            if (now != null) {
                watchTheme(now);
                Platform.runLater(this::restyle);
            }
        });
        setMinSize(200, 160);
        setPrefSize(640, 420);
    }

    private void watchTheme(Scene scene) {
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().addListener(themeChange);
        }
    }

    /** Reads the theme's colours again; called when the theme or the palette changes. */
    public void restyle() {
        if (getScene() == null) {
            return;
        }
        style = ChartStyle.from(styleProbe, colourBlindSafe.get());
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (style == null || data.get() == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        new ChartRenderer(style).draw(new FxChartGraphics(g, measurer), data.get(), footnote.get(),
                canvas.getWidth(), canvas.getHeight(), style.background());
    }

    public ObjectProperty<ChartData> dataProperty() {
        return data;
    }

    public StringProperty footnoteProperty() {
        return footnote;
    }

    public BooleanProperty colourBlindSafeProperty() {
        return colourBlindSafe;
    }

    public TextMeasurer measurer() {
        return measurer;
    }

    /** The chart's colours as last read from the theme; null before the pane is in a scene. */
    public ChartStyle style() {
        return style;
    }
}
