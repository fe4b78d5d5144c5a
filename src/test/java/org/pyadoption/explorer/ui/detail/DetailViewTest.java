package org.pyadoption.explorer.ui.detail;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.ViewLoader;
import org.pyadoption.explorer.ui.common.AppPreferences;
import org.pyadoption.explorer.ui.common.CurrentThreadTaskExecutor;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.testing.FakeDialogService;
import org.pyadoption.explorer.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail pane as a component: empty state, header, markers that open links, badges. */
@ExtendWith(ApplicationExtension.class)
class DetailViewTest {

    private final ExplorerState state = new ExplorerState();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Preferences prefsNode = Preferences.userRoot().node("test/detail-view");
    private LoadedDataset dataset;

    @Start
    void start(Stage stage) throws Exception {
        dataset = new DatasetLoader().loadBundled();
        state.setDataset(dataset);
        AppContext context = new AppContext(state, new CurrentThreadTaskExecutor(), dialogs,
                new AppPreferences(prefsNode), new DatasetLoader());
        ViewLoader.Loaded<DetailView> loaded = new ViewLoader(context).load(DetailView.class, "Detail.fxml");
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Scene scene = new Scene(loaded.root(), 640, 720);
        scene.getStylesheets().add(ViewLoader.class.getResource("theme/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefsNode.removeNode();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> state.setSelectedCompany(dataset.index().company(id).orElseThrow()));
    }

    private static List<String> labelTexts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText)
                .toList();
    }

    @Test
    void nothingSelectedShowsTheEmptyState(FxRobot robot) {
        assertThat(labelTexts(robot, ".detail-empty-title")).containsExactly("Select a company to see how it uses Python");
        assertThat(robot.lookup(".detail-marker").queryAll()).isEmpty();
    }

    @Test
    void selectingACompanyShowsItsNameAndSourceMarkers(FxRobot robot) {
        select(robot, "spotify");

        assertThat(labelTexts(robot, ".detail-name")).containsExactly("Spotify");
        assertThat(robot.lookup(".detail-marker").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".detail-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#section-sources").tryQuery()).isPresent();
        assertThat(robot.lookup("#section-alternatives").tryQuery()).isEmpty();

        robot.interact(() -> state.setSelectedCompany(null));
        assertThat(labelTexts(robot, ".detail-empty-title")).containsExactly("Select a company to see how it uses Python");
    }

    @Test
    void clickingAMarkerOpensItsSourceInTheBrowser(FxRobot robot) {
        select(robot, "spotify");
        String industrySource = ProfileBuilder.build(state.getSelectedCompany().company(), dataset.index())
                .industry().markers().get(0).url();
        Hyperlink first = robot.lookup(".detail-header .detail-marker").queryAs(Hyperlink.class);
        assertThat(first.getText()).isEqualTo("[1]");

        robot.clickOn(first);

        assertThat(dialogs.links).containsExactly(industrySource);
        assertThat(dialogs.links.get(0)).matches("https?://.+");
    }

    @Test
    void anUnconfirmedFactShowsItsBadgeAndItsReason(FxRobot robot) {
        select(robot, "spotify");

        assertThat(labelTexts(robot, ".detail-badge")).contains("Unconfirmed");
        assertThat(labelTexts(robot, "#section-frameworks .detail-reason"))
                .anyMatch(r -> r.startsWith("A claim from the project's founding documents"));
    }

    @Test
    void aLowConfidenceFactShowsItsBadge(FxRobot robot) {
        select(robot, "instagram");

        assertThat(labelTexts(robot, "#section-figures .detail-badge")).contains("Low confidence");
        assertThat(labelTexts(robot, "#section-figures .detail-reason"))
                .anyMatch(r -> r.contains("If I remember correctly"));
    }

    @Test
    void sourcesWithoutAnAddressArePlainMarkers(FxRobot robot) {
        select(robot, "meta");

        assertThat(robot.lookup(".detail-marker-plain").queryAll()).isNotEmpty()
                .allSatisfy(n -> assertThat(n).isNotInstanceOf(Hyperlink.class));
    }
}
