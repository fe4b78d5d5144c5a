package org.pyadoption.explorer.ui.chart;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.Optional;

/** Asks how to export the chart: format, scale (PNG) and background. */
public final class ExportOptionsDialog extends Dialog<ChartExport> {

    /** The scales offered by name; "custom" lets the user type any scale. */
    static final double[] SCALES = {1, 2, 3, 4};

    private final ComboBox<ChartExport.Format> format = new ComboBox<>(
            FXCollections.observableArrayList(ChartExport.Format.values()));
    private final ComboBox<String> scale = new ComboBox<>();
    private final Spinner<Double> custom = new Spinner<>(
            new SpinnerValueFactory.DoubleSpinnerValueFactory(ChartExport.MIN_SCALE, ChartExport.MAX_SCALE, 2, 0.25));
    private final ComboBox<ChartExport.Background> background = new ComboBox<>(
            FXCollections.observableArrayList(ChartExport.Background.values()));

    public ExportOptionsDialog(Window owner, ChartExport initial, double width, double height) {
        initOwner(owner);
        setTitle(Messages.get("export.dialog.title"));
        setHeaderText(Messages.get("export.dialog.header"));
        for (double s : SCALES) {
            scale.getItems().add(Messages.get("export.scale.times", (int) s));
        }
        scale.getItems().add(Messages.get("export.scale.custom"));
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChartExport.Format f) {
                return f == null ? "" : f.description();
            }

            @Override
            public ChartExport.Format fromString(String s) {
                return null;
            }
        });
        background.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChartExport.Background b) {
                return b == null ? "" : Messages.get("export.background." + b.id());
            }

            @Override
            public ChartExport.Background fromString(String s) {
                return null;
            }
        });
        format.setValue(initial.format());
        background.setValue(initial.background());
        int preset = java.util.Arrays.binarySearch(SCALES, initial.scale());
        scale.getSelectionModel().select(preset >= 0 ? preset : SCALES.length);
        custom.getValueFactory().setValue(initial.scale());
        custom.setEditable(true);
        custom.disableProperty().bind(scale.getSelectionModel().selectedIndexProperty().isNotEqualTo(SCALES.length)
                .or(format.valueProperty().isNotEqualTo(ChartExport.Format.PNG)));
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(ChartExport.Format.PNG));
        background.disableProperty().bind(format.valueProperty().isEqualTo(ChartExport.Format.CSV));

        Label size = new Label();
        size.getStyleClass().add("export-size");
        Runnable updateSize = () -> size.setText(format.getValue() == ChartExport.Format.PNG
                ? Messages.get("export.size", (int) Math.ceil(width * chosenScale()),
                        (int) Math.ceil(height * chosenScale())) : "");
        format.valueProperty().addListener((o, a, b) -> updateSize.run());
        scale.valueProperty().addListener((o, a, b) -> updateSize.run());
        custom.valueProperty().addListener((o, a, b) -> updateSize.run());
        updateSize.run();

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("export.format")), format);
        grid.addRow(1, new Label(Messages.get("export.scale")), scale, custom);
        grid.addRow(2, new Label(Messages.get("export.background")), background);
        grid.add(size, 1, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? new ChartExport(format.getValue(), chosenScale(),
                background.getValue()) : null);
    }

    private double chosenScale() {
        int i = scale.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < SCALES.length) {
            return SCALES[i];
        }
        Double v = custom.getValue();
        return v == null ? 1 : Math.max(ChartExport.MIN_SCALE, Math.min(ChartExport.MAX_SCALE, v));
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<ChartExport> ask() {
        return showAndWait();
    }
}
