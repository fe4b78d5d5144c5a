package org.pyadoption.explorer.ui.main;

import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.ui.ExplorerApp;
import org.pyadoption.explorer.ui.common.AppPreferences;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole window, started as a user starts it, with its own preferences store. */
class MainWindowTest extends FxRobot {

    private Preferences node;
    private ExplorerApp app;

    /** The app with a throwaway preferences node. */
    static final class TestApp extends ExplorerApp {
        private final Preferences node;

        TestApp(Preferences node) {
            this.node = node;
        }

        @Override
        protected AppPreferences createPreferences() {
            return new AppPreferences(node);
        }
    }

    @BeforeEach
    void start() throws Exception {
        node = Preferences.userRoot().node("org/pyadoption/explorer-test/" + UUID.randomUUID());
        launch();
    }

    private void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = new TestApp(node);
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state().getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @AfterEach
    void stop() throws Exception {
        close();
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        node.removeNode();
    }

    private ExplorerState state() {
        return app.mainView() == null ? new ExplorerState() : app.mainView().viewModel().state();
    }

    private TableView<IndexedCompany> table() {
        return app.mainView().catalog().table();
    }

    @Test
    void typingInSearchShrinksTheList() {
        assertThat(table().getItems()).hasSize(26);
        clickOn("#searchField").write("net");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(IndexedCompany::name).contains("Netflix").hasSizeLessThan(26);
        assertThat(lookup(".catalog-count").queryLabeled().getText()).endsWith("of 26 companies");
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(26);
    }

    @Test
    void ctrlFFocusesSearchAndEnterAddsToComparison() {
        clickOn(".catalog-table");
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        assertThat(app.mainView().catalog().searchField().isFocused()).isTrue();
        write("spotify");
        type(javafx.scene.input.KeyCode.DOWN);
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state().getSelectedCompany().id()).isEqualTo("spotify");
        assertThat(state().comparedIds()).containsExactly("spotify");
        assertThat(lookup(".status-text").queryLabeled().getText()).isEqualTo("Added Spotify to the comparison");
    }

    @Test
    void themeSwitchesFromTheViewMenuAndIsRemembered() {
        clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());
        assertThat(table().getScene().getRoot().getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        assertThat(new AppPreferences(node).theme()).isEqualTo(Theme.DARK);
        clickOn("View").clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT.userAgentStylesheet());
    }

    @Test
    void preferencesAreRestoredOnTheNextStart() throws Exception {
        interact(() -> {
            ExplorerState s = state();
            s.addToComparison(s.getDataset().index().company("netflix").orElseThrow());
            s.addToComparison(s.getDataset().index().company("instagram").orElseThrow());
            s.setSelectedCompany(s.getDataset().index().company("quora").orElseThrow());
            app.mainView().viewModel().themeProperty().set(Theme.DARK);
            Stage stage = (Stage) table().getScene().getWindow();
            stage.setWidth(1000);
            stage.setHeight(700);
            app.mainView().split().setDividerPositions(0.3, 0.7);
        });
        close();

        launch();
        assertThat(state().comparedIds()).containsExactly("netflix", "instagram");
        assertThat(state().getSelectedCompany().id()).isEqualTo("quora");
        assertThat(table().getSelectionModel().getSelectedItem().id()).isEqualTo("quora");
        assertThat(app.mainView().viewModel().themeProperty().get()).isEqualTo(Theme.DARK);
        Stage stage = (Stage) table().getScene().getWindow();
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(app.mainView().split().getDividerPositions()[0]).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void damagedPreferencesFallBackToDefaults() throws Exception {
        close();
        node.put("window.width", "-5");
        node.put("window.height", "banana");
        node.put("theme", "purple");
        node.put("window.dividers", "0.9,0.1");
        node.put("compare.ids", "no-such-company,spotify");
        launch();
        Stage stage = (Stage) table().getScene().getWindow();
        assertThat(stage.getWidth()).isEqualTo(AppPreferences.DEFAULT_WIDTH);
        assertThat(stage.getHeight()).isEqualTo(AppPreferences.DEFAULT_HEIGHT);
        assertThat(app.mainView().viewModel().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(state().comparedIds()).isEqualTo(List.of("spotify"));
        assertThat(app.mainView().split().getDividerPositions()[0])
                .isCloseTo(MainView.DEFAULT_DIVIDERS[0], org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void columnHeadersSortTheList() {
        assertThat(table().getItems().get(0).name()).isEqualTo("Airbnb");
        clickOn(from(lookup(".catalog-table")).lookup(".column-header .label").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems().get(0).name()).isEqualTo("Zalando");
        interact(() -> {
            table().getSortOrder().setAll(table().getColumns().get(2));
            table().getColumns().get(2).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
        });
        List<Integer> facts = table().getItems().stream().map(IndexedCompany::sourcedFactCount).toList();
        assertThat(facts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        interact(() -> table().getSortOrder().setAll(table().getColumns().get(1)));
        assertThat(table().getItems().get(0).adoptionYear()).isEqualTo(1996);
        assertThat(table().getItems().get(25).adoptionYear()).isNull();
    }

    @Test
    void facetCheckBoxesShowLiveCountsAndFilter() {
        clickOn("Country");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.CheckBox sweden = lookup(".facet-list .check-box")
                .match((javafx.scene.control.CheckBox b) -> b.getText().startsWith("Sweden"))
                .queryAs(javafx.scene.control.CheckBox.class);
        assertThat(sweden.getText()).isEqualTo("Sweden (1)");
        clickOn(sweden);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(IndexedCompany::id).containsExactly("spotify");
        interact(() -> app.mainView().catalog().viewModel().searchTextProperty().set("netflix"));
        assertThat(sweden.getText()).isEqualTo("Sweden (0)");
        assertThat(sweden.isSelected()).isTrue();
    }

    @Test
    void theDetailAndComparisonPanesFollowTheFirstFrameWithTheRestoredState() {
        assertThat(lookup(".detail").tryQuery()).isPresent();
        assertThat(lookup(".compare").tryQuery()).isPresent();
        interact(() -> state().setSelectedCompany(state().getDataset().index().companiesByName().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".detail-empty").query().isVisible()).isFalse();
        assertThat(lookup(".detail-marker").queryAll()).isNotEmpty();
    }

    @Test
    void anInvalidFileListsItsProblemsInTheWindowAndTheOpenDatasetStays(@TempDir Path dir) throws Exception {
        assertThat(lookup("#problemTable").tryQuery()).as("no problem table before a problem").isEmpty();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"companies\": [ {\"id\": 7} ]}");
        interact(() -> app.mainView().viewModel().openFile(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#problemTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> problems = lookup("#problemTable").queryAs(TableView.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(lookup(".problem-title").queryLabeled().getText()).contains("broken.json");
        assertThat(table().getItems()).hasSize(26);
    }

    @Test
    void aFileDroppedOnTheWindowOpensAndJoinsTheRecentList(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.json");
        try (var in = MainWindowTest.class.getResourceAsStream("/data/companies.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(mine, text.replace("\"id\": \"spotify\"", "\"id\": \"spotify-mine\""));
        }
        boolean[] taken = new boolean[1];
        interact(() -> taken[0] = app.mainView().dropFiles(List.of(mine.toFile())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state().getDataset().index().company("spotify-mine").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(taken[0]).isTrue();
        assertThat(app.mainView().viewModel().recentFiles()).first().isEqualTo(mine.toAbsolutePath());
        assertThat(table().getItems()).extracting(IndexedCompany::id).contains("spotify-mine");
        interact(() -> taken[0] = app.mainView().dropFiles(List.of()));
        assertThat(taken[0]).isFalse();
    }
}
