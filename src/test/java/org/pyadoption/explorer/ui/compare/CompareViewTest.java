package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.ui.testing.FakeDialogService;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.pyadoption.explorer.ui.chart.ChartCompany;
import org.pyadoption.explorer.ui.chart.ChartData;
import org.pyadoption.explorer.ui.chart.ChartExport;
import org.pyadoption.explorer.ui.chart.ChartKind;
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

    /** The companies the use-case chart shows, left to right. */
    private List<String> categories() {
        var data = (ChartData.UseCases) view.chart().dataProperty().get();
        return data.companies().stream().map(ChartCompany::name).toList();
    }

    private List<String> chipNames() {
        List<String> names = new ArrayList<>();
        for (CompanyChip chip : view.chips()) {
            names.add(chip.company().name());
        }
        return names;
    }

    /** Companies with at least one sourced use-case fact in the chart. */
    private List<String> companiesWithBars() {
        var data = (ChartData.UseCases) view.chart().dataProperty().get();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < data.companies().size(); c++) {
            if (java.util.Arrays.stream(data.counts()[c]).sum() > 0) {
                out.add(data.companies().get(c).name());
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
        assertThat(empty.getText()).startsWith("Their key facts will stand here");
        assertThat(view.table().isVisible()).isFalse();
        assertThat(robot.lookup("#clearButton").queryButton().isDisabled()).isTrue();

        compare(robot, "spotify");

        assertThat(empty.isVisible()).isFalse();
        assertThat(view.table().isVisible()).isTrue();
        assertThat(categories()).containsExactly("Spotify");
    }

    @Test
    void chartChipsAndTableFollowTheComparedSet(FxRobot robot) {
        compare(robot, "spotify", "netflix", "instagram");

        assertThat(categories()).containsExactly("Spotify", "Netflix", "Instagram (Meta)");
        assertThat(chipNames()).containsExactly("Spotify", "Netflix", "Instagram (Meta)");
        var data = (ChartData.UseCases) view.chart().dataProperty().get();
        assertThat(data.counts()[0]).containsExactly(1, 1, 1, 0, 0, 1, 0, 0, 0, 0);
        assertThat(view.chart().footnoteProperty().get()).startsWith("Source: Python at 26 technology companies");
        assertThat(columnTitles()).containsExactly("Key fact", "Spotify", "Netflix", "Instagram (Meta)");
        assertThat(view.table().getItems()).hasSize(8);
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
        // no stale row: one row of counts per company
        assertThat(((ChartData.UseCases) view.chart().dataProperty().get()).counts()).hasDimensions(2, 10);
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
        assertThat(view.chips()).isEmpty();
    }

    @Test
    void eightCompaniesStayReadable(FxRobot robot) {
        List<IndexedCompany> all = dataset.index().companies();
        robot.interact(() -> all.subList(0, ExplorerState.MAX_COMPARED).forEach(state::addToComparison));
        robot.interact(() -> { });

        assertThat(categories()).hasSize(ExplorerState.MAX_COMPARED);
        // the chart keeps its height, and the key-facts columns keep a readable width and scroll sideways
        assertThat(view.chart().getHeight()).isGreaterThan(200);
        assertThat(view.table().getColumns().subList(1, view.table().getColumns().size()))
                .allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(150));
    }

    @Test
    void exportWritesATwiceSizePictureOfTheChart(FxRobot robot) throws IOException {
        compare(robot, "spotify", "netflix", "instagram");
        Path file = dir.resolve("chart.png");
        dialogs.nextSaveFile = file;

        robot.interact(() -> view.exportChart(new ChartExport(ChartExport.Format.PNG, 2,
                ChartExport.Background.THEME)));

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.lastSuggestedName).isEqualTo("python-adoption-use-cases-spotify-netflix-instagram.png");
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat((double) png.getWidth()).isCloseTo(view.chart().getWidth() * 2, within(1.0));
        assertThat((double) png.getHeight()).isCloseTo(view.chart().getHeight() * 2, within(1.0));
        Color background = view.chart().style().background();
        assertThat(share(png, c -> !near(c, background))).isGreaterThan(0.05);
        // Spotify's cells are in the picture, in Spotify's colour
        Color spotify = view.chart().style().company(1);
        assertThat(share(png, c -> near(c, spotify))).isGreaterThan(0.001);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(state.statusMessageProperty().get()).isEqualTo("Chart saved to " + file);
    }

    @Test
    void exportAsSvgKeepsTheNamesAsText(FxRobot robot) throws IOException {
        compare(robot, "spotify", "lyft");
        robot.interact(() -> view.viewModel().chartKindProperty().set(ChartKind.FIGURES));
        Path file = dir.resolve("figures.svg");
        dialogs.nextSaveFile = file;

        robot.interact(() -> view.exportChart(new ChartExport(ChartExport.Format.SVG, 1,
                ChartExport.Background.WHITE)));

        assertThat(dialogs.lastSuggestedName).isEqualTo("python-adoption-figures-spotify-lyft.svg");
        assertThat(Files.readString(file)).startsWith("<?xml").contains(">Spotify</text>", ">Lyft</text>",
                ">80% (2013)</text>", ">60% (2024-03)</text>");
    }

    @Test
    void exportIntoAMissingFolderShowsAnErrorAndWritesNothing(FxRobot robot) throws IOException {
        compare(robot, "spotify");
        Path file = dir.resolve("no-such-folder").resolve("chart.png");
        dialogs.nextSaveFile = file;

        robot.interact(() -> view.exportChart(new ChartExport(ChartExport.Format.PNG, 1,
                ChartExport.Background.THEME)));

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains(file.toString()).contains("the folder does not exist");
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void exportWithNothingComparedAsksForNoFile(FxRobot robot) {
        robot.interact(() -> view.exportChart(new ChartExport(ChartExport.Format.PNG, 1,
                ChartExport.Background.THEME)));

        assertThat(dialogs.saveRequests).isZero();
        assertThat(state.statusMessageProperty().get()).startsWith("Nothing to export");
    }

    @Test
    void theChartKindSelectorSwitchesCharts(FxRobot robot) {
        compare(robot, "spotify", "netflix");
        for (ChartKind kind : ChartKind.values()) {
            robot.interact(() -> view.kindBox().getSelectionModel().select(kind));
            assertThat(view.chart().dataProperty().get().kind()).isEqualTo(kind);
        }
        assertThat(robot.lookup("#metricBox").query().isVisible()).isFalse();
        robot.interact(() -> view.kindBox().getSelectionModel().select(ChartKind.FIGURES));
        assertThat(robot.lookup("#metricBox").query().isVisible()).isTrue();
        robot.interact(() -> view.kindBox().getSelectionModel().select(ChartKind.FRAMEWORKS));
        var fw = (ChartData.Frameworks) view.chart().dataProperty().get();
        assertThat(fw.frameworks()).startsWith("NumPy", "pandas", "TensorFlow");
    }

    @Test
    void aFifthCompanyJoinsLiveAndTheNinthIsRefused(FxRobot robot) {
        List<IndexedCompany> all = dataset.index().companies();
        robot.interact(() -> all.subList(0, 4).forEach(state::addToComparison));
        robot.interact(() -> view.kindBox().getSelectionModel().select(ChartKind.EVIDENCE));
        robot.interact(() -> view.viewModel().add(all.get(4)));
        var evidence = (ChartData.Evidence) view.chart().dataProperty().get();
        assertThat(evidence.companies()).hasSize(5);
        assertThat(evidence.companies().get(4).name()).isEqualTo(all.get(4).name());

        robot.interact(() -> all.subList(5, 8).forEach(view.viewModel()::add));
        robot.interact(() -> view.viewModel().add(all.get(8)));
        assertThat(state.getCompared()).hasSize(8).doesNotContain(all.get(8));
        assertThat(state.statusMessageProperty().get())
                .isEqualTo("The comparison holds at most 8 companies: remove one first");
        assertThat(((ChartData.Evidence) view.chart().dataProperty().get()).companies()).hasSize(8);
    }

    @Test
    void colourBlindPaletteChangesTheCompanyColours(FxRobot robot) {
        compare(robot, "spotify");
        Color before = view.chart().style().company(1);
        robot.clickOn("#colourBlindBox");
        robot.interact(() -> { });
        assertThat(view.chart().style().company(1)).isNotEqualTo(before);
        assertThat(view.chart().style().company(1)).isEqualTo(Color.web("#0072B2"));
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
