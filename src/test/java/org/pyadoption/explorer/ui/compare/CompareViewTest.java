package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.ui.testing.FakeDialogService;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.ExplorerApp;
import org.pyadoption.explorer.ui.ViewLoader;
import org.pyadoption.explorer.ui.common.CurrentThreadTaskExecutor;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The comparison pane on its own, headless, with synchronous background work and fake dialogs. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private static LoadedDataset dataset;

    @TempDir
    Path dir;

    private ExplorerState state;
    private FakeDialogService dialogs;
    private CompareView view;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = new DatasetLoader().loadBundled();
    }

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.setDataset(dataset);
        dialogs = new FakeDialogService();
        AppContext context = new AppContext(state, new CurrentThreadTaskExecutor(), dialogs, null, null);
        ViewLoader.Loaded<CompareView> loaded = new ViewLoader(context).load(CompareView.class, "Compare.fxml");
        view = loaded.view();
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Scene scene = new Scene(loaded.root(), 640, 760);
        scene.getStylesheets().add(ExplorerApp.class.getResource("theme/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private IndexedCompany company(String id) {
        return dataset.index().company(id).orElseThrow();
    }

    private void compare(FxRobot robot, String... ids) {
        robot.interact(() -> {
            for (String id : ids) {
                state.addToComparison(company(id));
            }
        });
    }

    /** The chart's company categories as read from the top (the axis itself runs bottom-up). */
    private List<String> categories() {
        List<String> topDown = new ArrayList<>(((CategoryAxis) view.chart().getYAxis()).getCategories());
        Collections.reverse(topDown);
        return topDown;
    }

    private List<String> chipNames() {
        List<String> names = new ArrayList<>();
        for (CompanyChip chip : view.chips()) {
            names.add(chip.company().name());
        }
        return names;
    }

    /** Companies that have a bar segment in the chart. */
    private List<String> companiesWithBars() {
        List<String> out = new ArrayList<>();
        for (XYChart.Series<Number, String> s : view.chart().getData()) {
            for (XYChart.Data<Number, String> d : s.getData()) {
                if (!out.contains(d.getYValue())) {
                    out.add(d.getYValue());
                }
            }
        }
        return out;
    }

    private List<String> columnTitles() {
        List<String> out = new ArrayList<>();
        for (TableColumn<KeyFactRow, ?> c : view.table().getColumns()) {
            out.add(c.getText());
        }
        return out;
    }

    @Test
    void showsTheEmptyStateUntilACompanyIsAdded(FxRobot robot) {
        Label empty = robot.lookup(".compare-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("Add companies to compare");
        assertThat(robot.lookup(".compare-split").queryAs(SplitPane.class).isVisible()).isFalse();
        assertThat(robot.lookup("#clearButton").queryButton().isDisabled()).isTrue();

        compare(robot, "spotify");

        assertThat(empty.isVisible()).isFalse();
        assertThat(robot.lookup(".compare-split").queryAs(SplitPane.class).isVisible()).isTrue();
    }

    @Test
    void chartChipsAndTableFollowTheComparedSet(FxRobot robot) {
        compare(robot, "spotify", "netflix", "instagram");

        assertThat(categories()).containsExactly("Spotify", "Netflix", "Instagram (Meta)");
        assertThat(chipNames()).containsExactly("Spotify", "Netflix", "Instagram (Meta)");
        assertThat(view.chart().getData()).extracting(XYChart.Series::getName).containsExactly("Web backend",
                "Data engineering", "Machine learning", "Infrastructure automation", "Security", "Testing",
                "Developer tooling");
        assertThat(columnTitles()).containsExactly("Key fact", "Spotify", "Netflix", "Instagram (Meta)");
        assertThat(view.table().getItems()).hasSize(8);
        // each bar segment is coloured by its area, the chart's legend symbols too
        Node spotifyWeb = view.chart().getData().get(0).getData().get(0).getNode();
        assertThat(spotifyWeb.getStyleClass()).contains("area-web-backend");
        assertThat(robot.lookup(".chart-legend-item-symbol.area-security").tryQuery()).isPresent();
        // chips wear their company's colour
        assertThat(view.chips()).extracting(c -> c.getStyleClass().contains("company-colour-" + c.company().colourSlot()))
                .containsOnly(true);
    }

    @Test
    void theChipCloseButtonRemovesTheCompany(FxRobot robot) {
        compare(robot, "spotify", "netflix", "instagram");
        Button close = view.chips().get(1).closeButton();

        robot.clickOn(close);

        assertThat(state.comparedIds()).containsExactly("spotify", "instagram");
        assertThat(categories()).containsExactly("Spotify", "Instagram (Meta)");
        assertThat(chipNames()).containsExactly("Spotify", "Instagram (Meta)");
        assertThat(companiesWithBars()).containsExactly("Spotify", "Instagram (Meta)");
        // security and infrastructure automation came only from Netflix: no stale series
        assertThat(view.chart().getData()).extracting(XYChart.Series::getName)
                .doesNotContain("Security", "Infrastructure automation");
        assertThat(columnTitles()).containsExactly("Key fact", "Spotify", "Instagram (Meta)");
        assertThat(view.table().getItems()).allSatisfy(r -> assertThat(r.valuesPerCompany()).hasSize(2));
    }

    @Test
    void deleteOnAFocusedChipRemovesItAndFocusMovesOn(FxRobot robot) {
        compare(robot, "spotify", "netflix", "instagram");
        robot.clickOn(view.chips().get(0).lookup(".compare-chip-name"));
        assertThat(view.chips().get(0).isFocused()).isTrue();

        robot.type(KeyCode.DELETE);

        assertThat(state.comparedIds()).containsExactly("netflix", "instagram");
        assertThat(view.chips().get(0).isFocused()).isTrue();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(state.comparedIds()).containsExactly("instagram");
    }

    @Test
    void addSelectedAndClear(FxRobot robot) {
        Button add = robot.lookup("#addButton").queryButton();
        assertThat(add.isDisabled()).isTrue();
        robot.interact(() -> state.setSelectedCompany(company("dropbox")));
        assertThat(add.isDisabled()).isFalse();

        robot.clickOn(add);

        assertThat(state.comparedIds()).containsExactly("dropbox");
        assertThat(add.isDisabled()).isTrue();
        assertThat(categories()).containsExactly("Dropbox");

        robot.clickOn("#clearButton");

        assertThat(state.getCompared()).isEmpty();
        assertThat(categories()).isEmpty();
        assertThat(view.chart().getData()).isEmpty();
        assertThat(view.chips()).isEmpty();
    }

    @Test
    void eightCompaniesStayReadable(FxRobot robot) {
        List<IndexedCompany> all = dataset.index().companies();
        robot.interact(() -> all.subList(0, ExplorerState.MAX_COMPARED).forEach(state::addToComparison));
        robot.interact(() -> { });

        assertThat(categories()).hasSize(ExplorerState.MAX_COMPARED);
        // the plot keeps its height, and the key-facts columns keep a readable width and scroll sideways
        Node plot = robot.lookup(".compare-chart .chart-plot-background").query();
        assertThat(plot.getBoundsInLocal().getHeight()).isGreaterThan(100);
        assertThat(view.table().getColumns().subList(1, view.table().getColumns().size()))
                .allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(150));
    }

    @Test
    void exportWritesATwiceSizePictureOfTheChart(FxRobot robot) throws IOException {
        compare(robot, "spotify", "netflix", "instagram");
        Path file = dir.resolve("chart.png");
        dialogs.nextSaveFile = file;

        robot.interact(view::exportChartAsPng);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.lastSuggestedName).isEqualTo("python-adoption-spotify-netflix-instagram.png");
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat((double) png.getWidth()).isCloseTo(view.chart().getWidth() * 2, within(1.0));
        assertThat((double) png.getHeight()).isCloseTo(view.chart().getHeight() * 2, within(1.0));
        Color background = Color.WHITE;
        assertThat(share(png, c -> !near(c, background))).isGreaterThan(0.05);
        // the web-backend bars are in the picture, in their area colour
        assertThat(share(png, c -> near(c, Color.web("#4e79a7")))).isGreaterThan(0.001);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(state.statusMessageProperty().get()).isEqualTo("Chart saved to " + file);
    }

    @Test
    void exportIntoAMissingFolderShowsAnErrorAndWritesNothing(FxRobot robot) throws IOException {
        compare(robot, "spotify");
        Path file = dir.resolve("no-such-folder").resolve("chart.png");
        dialogs.nextSaveFile = file;

        robot.interact(view::exportChartAsPng);

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains(file.toString()).contains("the folder does not exist");
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void exportWithNothingComparedAsksForNoFile(FxRobot robot) {
        robot.interact(view::exportChartAsPng);

        assertThat(dialogs.saveRequests).isZero();
        assertThat(state.statusMessageProperty().get()).startsWith("Nothing to export");
    }

    private static double share(BufferedImage png, java.util.function.Predicate<Color> test) {
        int hits = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int argb = png.getRGB(x, y);
                Color c = Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
                if (test.test(c)) {
                    hits++;
                }
            }
        }
        return hits / (double) (png.getWidth() * png.getHeight());
    }

    private static boolean near(Color a, Color b) {
        double tolerance = 12 / 255.0;
        return Math.abs(a.getRed() - b.getRed()) < tolerance && Math.abs(a.getGreen() - b.getGreen()) < tolerance
                && Math.abs(a.getBlue() - b.getBlue()) < tolerance;
    }

}
