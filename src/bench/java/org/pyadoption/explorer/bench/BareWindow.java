package org.pyadoption.explorer.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.pyadoption.explorer.ui.StartupReport;

/**
 * The baseline of packaging/bench-startup.sh: an empty JavaFX window of the app's size, timed by the same
 * {@link StartupReport} as the app. Not part of the app; the script compiles it. Like the app's Launcher, the
 * main class is not the {@link Application}, so it runs from the classpath.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, StartupReport.takeFlag(args));
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(), 480, 640));
            stage.show();
            StartupReport.firstFrameShown(stage.getScene());
            StartupReport.dataLoaded();
        }
    }
}
