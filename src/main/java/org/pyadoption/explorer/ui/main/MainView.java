package org.pyadoption.explorer.ui.main;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.pyadoption.explorer.data.Problem;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.ViewLoader;
import org.pyadoption.explorer.ui.catalog.CatalogView;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.compare.CompareView;
import org.pyadoption.explorer.ui.detail.DetailView;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The main window: menu bar, catalog | detail | comparison, the problem panel and the status bar. */
public final class MainView {

    /** Where the dividers sit the first time: catalog a quarter, detail and comparison the rest. */
    public static final double[] DEFAULT_DIVIDERS = {0.25, 0.6};

    private final MainViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private SplitPane split;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button cancelLoadButton;
    @FXML
    private RadioMenuItem lightThemeItem;
    @FXML
    private RadioMenuItem darkThemeItem;
    @FXML
    private MenuItem openItem;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem reloadItem;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem copyChartItem;
    @FXML
    private MenuItem quitItem;
    @FXML
    private VBox problemPanel;
    @FXML
    private Label problemTitle;
    private TableView<Problem> problemTable;
    @FXML
    private StackPane catalogSlot;
    @FXML
    private StackPane detailSlot;
    @FXML
    private StackPane compareSlot;

    private final AppContext context;
    private CatalogView catalogView;
    private CompareView compareView;

    public MainView(AppContext context) {
        this.context = context;
        this.viewModel = new MainViewModel(context);
    }

    /**
     * Builds the catalog into its place, once. The window first shows without its three panes, which brings its
     * first frame sooner (the data is still loading then); the app builds the catalog right after that frame and
     * the other two panes after the next ({@link #buildPanes()}). Anything that needs a pane builds it first. The
     * panes' view models start from the current dataset, search, selection and comparison.
     */
    public void buildCatalog() {
        if (catalogView != null) {
            return;
        }
        ViewLoader.Loaded<CatalogView> catalog = new ViewLoader(context).load(CatalogView.class, "Catalog.fxml");
        catalogSlot.getChildren().setAll(catalog.root());
        catalogView = catalog.view();
        Scene scene = root.getScene();
        if (scene != null && scene.getFocusOwner() == null) {
            // as in a window built whole: typing goes to the search first
            catalogView.focusSearch();
        }
    }

    /** Builds whatever of the three panes is not built yet: the catalog, the detail pane and the comparison. */
    public void buildPanes() {
        buildCatalog();
        if (compareView != null) {
            return;
        }
        ViewLoader loader = new ViewLoader(context);
        detailSlot.getChildren().setAll(loader.load(DetailView.class, "Detail.fxml").root());
        ViewLoader.Loaded<CompareView> compare = loader.load(CompareView.class, "Compare.fxml");
        compareSlot.getChildren().setAll(compare.root());
        compareView = compare.view();
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(viewModel.statusMessageProperty());
        progressBar.visibleProperty().bind(viewModel.loadingProperty());
        progressBar.managedProperty().bind(viewModel.loadingProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        cancelLoadButton.visibleProperty().bind(viewModel.loadingProperty());
        cancelLoadButton.managedProperty().bind(viewModel.loadingProperty());
        openItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        reloadItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        copyChartItem.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        setUpThemeMenu();
        setUpRecentMenu();
        setUpProblemPanel();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                setUpScene(scene);
            }
        });
    }

    private void setUpThemeMenu() {
        lightThemeItem.setSelected(viewModel.themeProperty().get() == Theme.LIGHT);
        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        lightThemeItem.setOnAction(e -> viewModel.themeProperty().set(Theme.LIGHT));
        darkThemeItem.setOnAction(e -> viewModel.themeProperty().set(Theme.DARK));
        viewModel.themeProperty().addListener((obs, old, now) -> {
            lightThemeItem.setSelected(now == Theme.LIGHT);
            darkThemeItem.setSelected(now == Theme.DARK);
        });
    }

    private void setUpRecentMenu() {
        recentMenu.setOnShowing(e -> viewModel.pruneRecentFiles());
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecentMenu());
        fillRecentMenu();
        // a submenu with no items never shows, so it always has at least the "none" item
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.openFile(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void setUpProblemPanel() {
        problemPanel.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problemPanel.managedProperty().bind(problemPanel.visibleProperty());
        problemTitle.textProperty().bind(viewModel.problemsTitleProperty());
        // built the first time there is something to list: a window that never meets a bad file never needs it
        viewModel.problems().addListener((ListChangeListener<Problem>) c -> {
            if (problemTable == null && !viewModel.problems().isEmpty()) {
                problemPanel.getChildren().add(buildProblemTable());
            }
        });
    }

    private TableView<Problem> buildProblemTable() {
        TableColumn<Problem, String> where = new TableColumn<>(Messages.get("problems.column.where"));
        where.setPrefWidth(90);
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hasPosition()
                ? c.getValue().line() + ":" + c.getValue().column() : ""));
        TableColumn<Problem, String> path = new TableColumn<>(Messages.get("problems.column.path"));
        path.setPrefWidth(300);
        path.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
        TableColumn<Problem, String> message = new TableColumn<>(Messages.get("problems.column.message"));
        message.setPrefWidth(600);
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        problemTable = new TableView<>(viewModel.problems());
        problemTable.setId("problemTable");
        problemTable.getStyleClass().addAll("problem-table", "dense");
        problemTable.setPrefHeight(180);
        problemTable.getColumns().setAll(List.of(where, path, message));
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return problemTable;
    }

    private void setUpScene(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> catalog().focusSearch());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles() && dropFiles(e.getDragboard().getFiles()));
            e.consume();
        });
    }

    /** Files dropped on the window: the first is opened like File > Open. False when there was none. */
    boolean dropFiles(List<File> files) {
        if (files.isEmpty()) {
            return false;
        }
        viewModel.openFile(files.get(0).toPath());
        return true;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public SplitPane split() {
        return split;
    }

    public CatalogView catalog() {
        buildCatalog();
        return catalogView;
    }

    public CompareView compare() {
        buildPanes();
        return compareView;
    }

    @FXML
    private void open() {
        viewModel.chooseAndOpen();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }

    @FXML
    private void newFromTemplate() {
        viewModel.createFromTemplate();
    }

    @FXML
    private void cancelLoad() {
        viewModel.cancelLoad();
    }

    @FXML
    private void copyProblems() {
        viewModel.copyProblems();
    }

    @FXML
    private void closeProblems() {
        viewModel.dismissProblems();
    }

    @FXML
    private void exportChart() {
        compare().exportChart();
    }

    @FXML
    private void copyChart() {
        compare().copyChart();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header"));
        alert.setContentText(String.join("\n", viewModel.aboutLines()));
        alert.showAndWait();
    }
}
