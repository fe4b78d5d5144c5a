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
import javafx.scene.layout.VBox;
import org.pyadoption.explorer.data.Problem;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.catalog.CatalogView;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.compare.CompareView;

import java.io.File;
import java.nio.file.Path;

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
    @FXML
    private TableView<Problem> problemTable;
    @FXML
    private TableColumn<Problem, String> problemWhereColumn;
    @FXML
    private TableColumn<Problem, String> problemPathColumn;
    @FXML
    private TableColumn<Problem, String> problemMessageColumn;
    @FXML
    private CatalogView catalogController;
    @FXML
    private CompareView compareController;

    public MainView(AppContext context) {
        this.viewModel = new MainViewModel(context);
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
        problemTable.setItems(viewModel.problems());
        problemWhereColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hasPosition()
                ? c.getValue().line() + ":" + c.getValue().column() : ""));
        problemPathColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
        problemMessageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void setUpScene(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                catalogController::focusSearch);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean opened = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                File f = e.getDragboard().getFiles().get(0);
                viewModel.openFile(f.toPath());
                opened = true;
            }
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public SplitPane split() {
        return split;
    }

    public CatalogView catalog() {
        return catalogController;
    }

    public CompareView compare() {
        return compareController;
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
        compareController.exportChart();
    }

    @FXML
    private void copyChart() {
        compareController.copyChart();
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
