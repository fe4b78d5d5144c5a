package org.pyadoption.explorer.ui.detail;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.state.ExplorerState;

/** The selected company's profile. */
public final class DetailView {

    private final ExplorerState state;

    @FXML
    private VBox content;
    @FXML
    private Label nameLabel;

    public DetailView(AppContext context) {
        this.state = context.state();
    }

    @FXML
    private void initialize() {
        nameLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.getSelectedCompany() == null ? "" : state.getSelectedCompany().name(),
                state.selectedCompanyProperty()));
    }
}
