package org.pyadoption.explorer.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.state.ExplorerState;

/** The comparison: compared companies as chips, the chart and the side-by-side table. */
public final class CompareView {

    private final ExplorerState state;

    @FXML
    private Label titleLabel;

    public CompareView(AppContext context) {
        this.state = context.state();
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(Bindings.size(state.getCompared()).asString("%d compared"));
    }

    /** File > Export chart as PNG. */
    public void exportChartAsPng() {
        // the chart arrives with the comparison view
    }
}
