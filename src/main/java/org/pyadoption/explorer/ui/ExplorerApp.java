package org.pyadoption.explorer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.IndexedCompany;

/** The JavaFX application. */
public final class ExplorerApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        ListView<String> list = new ListView<>();
        for (IndexedCompany c : new DatasetLoader().loadBundled().index().companies()) {
            list.getItems().add(c.name());
        }
        StartupReport.dataLoaded();
        stage.setTitle("Python Adoption Explorer");
        stage.setScene(new Scene(list, 480, 640));
        stage.show();
        StartupReport.firstFrameShown(stage.getScene());
    }
}
