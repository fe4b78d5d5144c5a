package org.pyadoption.explorer.ui.catalog;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/** A facet value as a check box whose text follows the value's count, e.g. "Django (5)". */
final class FacetCell extends ListCell<FacetOption> {

    private final CheckBox box = new CheckBox();
    private FacetOption shown;

    FacetCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        box.setMnemonicParsing(false);
    }

    @Override
    protected void updateItem(FacetOption option, boolean empty) {
        super.updateItem(option, empty);
        if (shown != null) {
            box.textProperty().unbind();
            box.selectedProperty().unbindBidirectional(shown.selectedProperty());
        }
        shown = empty ? null : option;
        if (shown == null) {
            setGraphic(null);
            return;
        }
        box.textProperty().bind(shown.labelProperty());
        box.selectedProperty().bindBidirectional(shown.selectedProperty());
        setGraphic(box);
    }
}
