package org.pyadoption.explorer.ui.main;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.catalog.CatalogView;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.compare.CompareView;

/** The main window: menu bar, catalog | detail | comparison, status bar. */
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
    private RadioMenuItem lightThemeItem;
    @FXML
    private RadioMenuItem darkThemeItem;
    @FXML
    private MenuItem exportPngItem;
    @FXML
    private MenuItem quitItem;
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
        exportPngItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        lightThemeItem.setSelected(viewModel.themeProperty().get() == Theme.LIGHT);
        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        lightThemeItem.setOnAction(e -> viewModel.themeProperty().set(Theme.LIGHT));
        darkThemeItem.setOnAction(e -> viewModel.themeProperty().set(Theme.DARK));
        viewModel.themeProperty().addListener((obs, old, now) -> {
            lightThemeItem.setSelected(now == Theme.LIGHT);
            darkThemeItem.setSelected(now == Theme.DARK);
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        catalogController::focusSearch);
            }
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
    private void exportPng() {
        compareController.exportChartAsPng();
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
