package org.pyadoption.explorer.ui;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.ui.common.AppPreferences;
import org.pyadoption.explorer.ui.common.AppPreferences.WindowBounds;
import org.pyadoption.explorer.ui.common.BackgroundTask;
import org.pyadoption.explorer.ui.common.ErrorReporter;
import org.pyadoption.explorer.ui.common.FxDialogService;
import org.pyadoption.explorer.ui.common.FxTaskExecutor;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.main.MainView;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.nio.file.Path;
import java.util.List;

/** The JavaFX application: builds the window, shows it, then loads the data in the background. */
public class ExplorerApp extends Application {

    private Stage stage;
    private MainView mainView;
    private AppPreferences preferences;

    /** The preferences to use; tests override this to keep their own store. */
    protected AppPreferences createPreferences() {
        return AppPreferences.forUser();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        new ErrorReporter(() -> stage).install();
        this.preferences = createPreferences();
        // the theme's stylesheet before the first control exists: otherwise JavaFX first loads Modena for nothing
        Theme theme = preferences.theme();
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        FxTaskExecutor executor = new FxTaskExecutor();
        AppContext context = new AppContext(new ExplorerState(), executor,
                new FxDialogService(() -> stage, getHostServices()), preferences, new DatasetLoader());
        ViewLoader.Loaded<MainView> main = new ViewLoader(context).load(MainView.class, "Main.fxml");
        mainView = main.view();
        mainView.viewModel().setOnLoaded(loaded -> {
            // the data is on screen once every pane shows it: should it come before the panes, they come now
            mainView.buildPanes();
            StartupReport.dataLoaded();
        });

        Scene scene = new Scene(main.root());
        scene.getStylesheets().add(ExplorerApp.class.getResource("theme/theme.css").toExternalForm());
        applyThemeClass(scene, theme);
        mainView.viewModel().themeProperty().addListener((obs, old, now) -> {
            Application.setUserAgentStylesheet(now.userAgentStylesheet());
            applyThemeClass(scene, now);
        });

        stage.setTitle(Messages.get("app.title"));
        // decoding seven PNGs takes longer than the window needs to appear: the icons follow from the background
        executor.execute(BackgroundTask.of((progress, cancelled) -> AppIcons.windowIcons())
                .onSuccess(icons -> stage.getIcons().setAll(icons)));
        stage.setScene(scene);
        stage.setMinWidth(AppPreferences.MIN_WIDTH);
        stage.setMinHeight(AppPreferences.MIN_HEIGHT);
        placeWindow(preferences.windowBounds());
        stage.setOnHidden(e -> saveWindow());
        stage.show();
        StartupReport.firstFrameShown(scene);
        NextFrame.then(scene, () -> {
            mainView.buildCatalog();
            NextFrame.then(scene, mainView::buildPanes);
        });
        restoreDividers();

        Path dataset = datasetArgument(getParameters().getRaw());
        if (dataset != null) {
            mainView.viewModel().openAtStart(dataset);
        } else {
            mainView.viewModel().loadBundled();
        }
    }

    /** The first argument that is not a flag: a dataset file to open, e.g. from "Open with". */
    static Path datasetArgument(List<String> args) {
        for (String a : args) {
            if (!a.startsWith("--")) {
                return Path.of(a);
            }
        }
        return null;
    }

    private static void applyThemeClass(Scene scene, Theme theme) {
        for (Theme t : Theme.values()) {
            scene.getRoot().getStyleClass().remove(t.styleClass());
        }
        scene.getRoot().getStyleClass().add(theme.styleClass());
    }

    private void placeWindow(WindowBounds b) {
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        if (b.hasPosition() && isOnAScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    /** A remembered position is used only when its title bar area is still on some screen. */
    private static boolean isOnAScreen(WindowBounds b) {
        Rectangle2D titleBar = new Rectangle2D(b.x(), b.y(), Math.min(b.width(), 200), 30);
        for (Screen s : Screen.getScreens()) {
            if (s.getVisualBounds().intersects(titleBar)) {
                return true;
            }
        }
        return false;
    }

    private void restoreDividers() {
        double[] d = preferences.dividers(MainView.DEFAULT_DIVIDERS);
        mainView.split().setDividerPositions(d);
    }

    private void saveWindow() {
        if (stage.isMaximized()) {
            WindowBounds old = preferences.windowBounds();
            preferences.setWindowBounds(new WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
        } else {
            preferences.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
        preferences.setDividers(mainView.split().getDividerPositions());
        mainView.viewModel().rememberSelection();
        preferences.flush();
    }

    /** The main window's view, once started. */
    public MainView mainView() {
        return mainView;
    }

    @Override
    public void stop() {
        if (stage != null && stage.isShowing()) {
            saveWindow();
        }
    }
}
