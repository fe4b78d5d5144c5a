package org.pyadoption.explorer.ui.catalog;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.pyadoption.explorer.data.CatalogQuery.Facet;
import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.data.DisplayText;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.CompanyDrag;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.Comparator;

/** The company list with search, facet filters and sorting. */
public final class CatalogView {

    private final CatalogViewModel viewModel;
    private final TextField search = TextFields.createClearableTextField();
    private boolean syncingSelection;

    @FXML
    private VBox root;
    @FXML
    private Label countLabel;
    @FXML
    private VBox facetBox;
    @FXML
    private TableView<IndexedCompany> table;
    @FXML
    private TableColumn<IndexedCompany, String> nameColumn;
    @FXML
    private TableColumn<IndexedCompany, Integer> adoptionColumn;
    @FXML
    private TableColumn<IndexedCompany, Integer> factsColumn;

    public CatalogView(AppContext context) {
        this.viewModel = new CatalogViewModel(context.state(), context.executor());
    }

    @FXML
    private void initialize() {
        search.setId("searchField");
        search.getStyleClass().add("catalog-search");
        search.setPromptText(Messages.get("catalog.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        root.getChildren().add(0, search);
        countLabel.textProperty().bind(viewModel.countTextProperty());
        for (Facet f : Facet.values()) {
            facetBox.getChildren().add(facetPane(f));
        }
        setUpTable();
    }

    /** A collapsed facet; its list is built when it is first opened, so the window shows sooner. */
    private TitledPane facetPane(Facet facet) {
        TitledPane pane = new TitledPane(Messages.get("catalog.facet." + facet.name()), null);
        pane.setId("facetPane-" + facet.name());
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && pane.getContent() == null) {
                pane.setContent(facetList(facet));
            }
        });
        return pane;
    }

    private ListView<FacetOption> facetList(Facet facet) {
        ListView<FacetOption> list = new ListView<>(viewModel.facetOptions(facet));
        list.setId("facet-" + facet.name());
        list.getStyleClass().addAll("facet-list", "dense");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new FacetCell());
        return list;
    }

    private void setUpTable() {
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(
                viewModel.state().datasetProperty().isNull())
                .then(Messages.get("catalog.loading")).otherwise(Messages.get("catalog.empty")));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("catalog-placeholder");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DisplayText.of(c.getValue().name(), 80)
                .shown()));
        nameColumn.setComparator(String.CASE_INSENSITIVE_ORDER);
        adoptionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().adoptionYear()));
        adoptionColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        factsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sourcedFactCount()));
        factsColumn.getStyleClass().add("numeric");
        adoptionColumn.getStyleClass().add("numeric");

        table.getSortOrder().add(nameColumn);
        table.setSortPolicy(t -> {
            viewModel.companies().setComparator(comparator());
            return true;
        });
        showCompanies(viewModel.companies());
        viewModel.companiesProperty().addListener((obs, old, now) -> showCompanies(now));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null) {
                viewModel.state().setSelectedCompany(now);
            }
        });
        viewModel.state().selectedCompanyProperty().addListener((obs, old, now) -> showSelected(now));
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.addToComparison(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                viewModel.removeFromComparison(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private void showCompanies(SortedList<IndexedCompany> companies) {
        companies.setComparator(comparator());
        table.setItems(companies);
        showSelected(viewModel.state().getSelectedCompany());
    }

    /**
     * The list's order for the table's sort order, comparing the companies' own fields. (The table's own comparator
     * would build every cell value twice per comparison: seconds for 100,000 companies.) Null for the first order,
     * by name: the companies come sorted by name from the loader, so nothing needs sorting on the FX thread.
     */
    private Comparator<IndexedCompany> comparator() {
        if (table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == nameColumn
                && nameColumn.getSortType() == TableColumn.SortType.ASCENDING) {
            return null;
        }
        Comparator<IndexedCompany> order = null;
        for (TableColumn<IndexedCompany, ?> column : table.getSortOrder()) {
            Comparator<IndexedCompany> c = column == adoptionColumn
                    ? Comparator.comparing(IndexedCompany::adoptionYear, Comparator.nullsLast(Comparator.naturalOrder()))
                    : column == factsColumn ? Comparator.comparingInt(IndexedCompany::sourcedFactCount)
                    : DatasetIndex.BY_NAME;
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                c = c.reversed();
            }
            order = order == null ? c : order.thenComparing(c);
        }
        return order == null ? DatasetIndex.BY_NAME : order.thenComparing(DatasetIndex.BY_NAME);
    }

    private void showSelected(IndexedCompany c) {
        if (c == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncingSelection = true;
        try {
            if (c == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(c);
                int i = table.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    table.scrollTo(Math.max(0, i - 3));
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    private TableRow<IndexedCompany> row() {
        TableRow<IndexedCompany> row = new TableRow<>();
        MenuItem add = new MenuItem(Messages.get("catalog.add"));
        add.setOnAction(e -> viewModel.addToComparison(row.getItem()));
        MenuItem remove = new MenuItem(Messages.get("catalog.remove"));
        remove.setOnAction(e -> viewModel.removeFromComparison(row.getItem()));
        ContextMenu menu = new ContextMenu(add, remove);
        menu.setOnShowing(e -> remove.setDisable(!viewModel.state().getCompared().contains(row.getItem())));
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(menu));
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) {
                return;
            }
            Dragboard db = row.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(CompanyDrag.encode(row.getItem()));
            db.setContent(content);
            e.consume();
        });
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                viewModel.addToComparison(row.getItem());
            }
        });
        return row;
    }

    /** Ctrl+F: puts the cursor in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    public CatalogViewModel viewModel() {
        return viewModel;
    }

    public TableView<IndexedCompany> table() {
        return table;
    }

    public TextField searchField() {
        return search;
    }
}
