package org.pyadoption.explorer.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows the key-fact rows side by side: a label column, then one column per compared company, rebuilt each time.
 * Company columns share the width while each gets at least {@link #COMPANY_MIN_WIDTH}; past that the table scrolls
 * sideways (the constrained resize policies squeeze columns out of reach instead).
 */
final class KeyFactsTable {

    private static final double LABEL_WIDTH = 120;
    private static final double COMPANY_MIN_WIDTH = 160;
    /** The vertical scroll bar and borders. */
    private static final double CHROME = 18;
    /** Room the cell's padding takes from the wrapping width. */
    private static final double CELL_PADDING = 18;

    private final TableView<KeyFactRow> table;

    KeyFactsTable(TableView<KeyFactRow> table) {
        this.table = table;
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(""));
        table.widthProperty().addListener((obs, old, now) -> fitColumns());
    }

    private void fitColumns() {
        int companies = table.getColumns().size() - 1;
        if (companies < 1) {
            return;
        }
        double labelWidth = table.getColumns().get(0).getWidth() > 0 ? table.getColumns().get(0).getWidth() : LABEL_WIDTH;
        double share = (table.getWidth() - labelWidth - CHROME) / companies;
        double width = Math.max(COMPANY_MIN_WIDTH, Math.floor(share));
        for (TableColumn<KeyFactRow, ?> column : table.getColumns().subList(1, table.getColumns().size())) {
            column.setPrefWidth(width);
        }
    }

    void show(Comparison comparison) {
        List<TableColumn<KeyFactRow, String>> columns = new ArrayList<>();
        TableColumn<KeyFactRow, String> label = column(Messages.get("compare.table.fact"), "compare-row-label");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(LABEL_WIDTH);
        label.setMinWidth(LABEL_WIDTH * 0.75);
        columns.add(label);
        for (int i = 0; i < comparison.companies().size(); i++) {
            ComparedCompany company = comparison.companies().get(i);
            TableColumn<KeyFactRow, String> column = column(company.name(), "compare-company-column");
            final int index = i;
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value(index)));
            column.setGraphic(CompanyChip.swatch(company.colourSlot()));
            column.setMinWidth(COMPANY_MIN_WIDTH * 0.6);
            columns.add(column);
        }
        table.getItems().clear();
        table.getColumns().setAll(columns);
        table.getItems().setAll(comparison.keyFacts());
        fitColumns();
    }

    private static TableColumn<KeyFactRow, String> column(String title, String styleClass) {
        TableColumn<KeyFactRow, String> column = new TableColumn<>(title);
        column.getStyleClass().add(styleClass);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    /** A cell whose text wraps at the column's width, so the row grows to fit long values. */
    private static final class WrappingCell extends TableCell<KeyFactRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("compare-cell-text");
            setMinHeight(Region.USE_PREF_SIZE);
            tableColumnProperty().addListener((obs, old, now) -> {
                text.wrappingWidthProperty().unbind();
                if (now != null) {
                    text.wrappingWidthProperty().bind(now.widthProperty().subtract(CELL_PADDING));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }
}
