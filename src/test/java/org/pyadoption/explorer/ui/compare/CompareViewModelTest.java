package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.ui.testing.FakeDialogService;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.common.CurrentThreadTaskExecutor;
import org.pyadoption.explorer.ui.chart.ChartCompany;
import org.pyadoption.explorer.ui.chart.ChartData;
import org.pyadoption.explorer.ui.chart.ChartDataBuilder;
import org.pyadoption.explorer.ui.chart.ChartExport;
import org.pyadoption.explorer.ui.chart.ChartKind;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pyadoption.explorer.model.UseCase.DATA_ENGINEERING;
import static org.pyadoption.explorer.model.UseCase.DEVELOPER_TOOLING;
import static org.pyadoption.explorer.model.UseCase.INFRASTRUCTURE_AUTOMATION;
import static org.pyadoption.explorer.model.UseCase.MACHINE_LEARNING;
import static org.pyadoption.explorer.model.UseCase.SECURITY;
import static org.pyadoption.explorer.model.UseCase.TESTING;
import static org.pyadoption.explorer.model.UseCase.WEB_BACKEND;

/** The comparison's derived data against the bundled dataset, without a JavaFX toolkit. */
class CompareViewModelTest {

    private static LoadedDataset dataset;

    private ExplorerState state;
    private FakeDialogService dialogs;
    private CompareViewModel viewModel;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = new DatasetLoader().loadBundled();
    }

    @BeforeEach
    void setUp() {
        state = new ExplorerState();
        state.setDataset(dataset);
        dialogs = new FakeDialogService();
        viewModel = new CompareViewModel(state, dialogs, new CurrentThreadTaskExecutor());
    }

    private IndexedCompany company(String id) {
        return dataset.index().company(id).orElseThrow();
    }

    private void compare(String... ids) {
        for (String id : ids) {
            state.addToComparison(company(id));
        }
    }

    private KeyFactRow row(String label) {
        return viewModel.getComparison().keyFacts().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void startsEmpty() {
        assertThat(viewModel.isEmpty()).isTrue();
        assertThat(((ChartData.UseCases) viewModel.getComparison().chart()).companies()).isEmpty();
        assertThat(viewModel.getComparison().keyFacts()).isEmpty();
    }

    @Test
    void theChartCountsOnlySourcedUseCaseFacts() {
        compare("spotify", "netflix", "instagram");

        var p = (ChartData.UseCases) viewModel.getComparison().chart();
        assertThat(p.companies()).extracting(ChartCompany::name).containsExactly("Spotify", "Netflix",
                "Instagram (Meta)");
        assertThat(p.companies()).extracting(ChartCompany::colourSlot).containsExactly(1, 2, 3);
        assertThat(p.counts()).isEqualTo(new int[][] {
                // web, data, ml, infra, security, testing, science, desktop, devtools, finance
                {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}, // Spotify: its infrastructure-automation fact is an unconfirmed claim
                {0, 1, 1, 1, 1, 0, 0, 0, 0, 0}, // Netflix
                {1, 0, 0, 0, 0, 0, 0, 0, 1, 0}, // Instagram
        });
        assertThat(viewModel.getComparison().footnote()).isEqualTo("Source: Python at 26 technology companies "
                + "1.0.0, as of 2026-11-22; " + p.sourceIds().size() + " sources");
    }

    @Test
    void theChosenKindAndMetricAreApplied() {
        compare("spotify", "jpmorgan-chase");
        viewModel.chartKindProperty().set(ChartKind.FIGURES);
        assertThat(viewModel.metrics()).startsWith(ChartDataBuilder.SHARE_METRICS).contains("lines-of-python");
        viewModel.metricProperty().set("lines-of-python");
        var f = (ChartData.Figures) viewModel.getComparison().chart();
        assertThat(f.bars()).extracting(b -> b.company().id()).containsExactly("jpmorgan-chase");
        assertThat(f.notReported()).extracting(ChartCompany::id).containsExactly("spotify");
        assertThat(viewModel.exportFileName(ChartExport.Format.CSV))
                .isEqualTo("python-adoption-figures-spotify-jpmorgan-chase.csv");
    }

    @Test
    void removingACompanyRebuildsEverything() {
        compare("spotify", "netflix", "instagram");
        state.removeFromComparison(company("netflix"));

        Comparison c = viewModel.getComparison();
        var chart = (ChartData.UseCases) c.chart();
        assertThat(chart.companies()).extracting(ChartCompany::name).containsExactly("Spotify", "Instagram (Meta)");
        assertThat(chart.counts()).hasDimensions(2, 10);
        // the remaining companies keep their colours
        assertThat(chart.companies()).extracting(ChartCompany::colourSlot).containsExactly(1, 3);
        assertThat(c.keyFacts()).allSatisfy(r -> assertThat(r.valuesPerCompany()).hasSize(2));
        assertThat(row("Founded").valuesPerCompany()).containsExactly("2006", "2010");
    }

    @Test
    void keyFactsSideBySide() {
        compare("spotify", "netflix", "instagram");

        assertThat(viewModel.getComparison().keyFacts()).extracting(KeyFactRow::label).containsExactly(
                "Python since", "Founded", "Industry", "Country", "Frameworks & libraries", "Figures",
                "Open-source projects", "Sourced facts / all facts");
        assertThat(row("Python since").value(0)).isEqualTo("by 2013 \u2014 Established by 2013: ~80% of backend "
                + "services and ~90% of MapReduce jobs in Python; earlier services used Twisted");
        assertThat(row("Python since").value(2)).startsWith("2010 \u2014 From the start (2010)");
        // Netflix's founding year is general knowledge no source confirmed
        assertThat(row("Founded").valuesPerCompany()).containsExactly("2006", "1997 (unconfirmed)", "2010");
        assertThat(row("Industry").value(0)).isEqualTo("Music and audio streaming");
        assertThat(row("Industry").value(2)).endsWith("(unconfirmed)");
        assertThat(row("Country").valuesPerCompany())
                .containsExactly("Sweden", "United States", "United States (unconfirmed)");
        assertThat(row("Sourced facts / all facts").valuesPerCompany()).containsExactly("30 / 34", "29 / 33", "34 / 38");
    }

    @Test
    void frameworksUseTheTableNamesAndMarkUnconfirmedOnes() {
        compare("spotify", "instagram");

        String spotify = row("Frameworks & libraries").value(0);
        assertThat(spotify).startsWith("Twisted, gevent, Cython, ");
        assertThat(spotify).contains(dataset.index().frameworkName("hadoop"))
                .doesNotContain("Hadoop (via Luigi)");
        assertThat(spotify).endsWith(dataset.index().frameworkName("pandas") + " (unconfirmed), "
                + dataset.index().frameworkName("numpy") + " (unconfirmed), "
                + dataset.index().frameworkName("scikit-learn") + " (unconfirmed)");
        assertThat(row("Frameworks & libraries").value(1)).doesNotContain("unconfirmed").startsWith("Django, ");
    }

    @Test
    void figuresCarryTheirDates() {
        compare("spotify", "netflix");

        String spotify = row("Figures").value(0);
        assertThat(spotify.split("\n")).containsExactly(
                "\u2022 Around 80% of backend services written in Python (2013) (as of 2013)",
                "\u2022 Around 90% of MapReduce jobs written in Python (2013) (as of 2013)",
                "\u2022 Over 6000 Python processes seen running across hundreds of Hadoop nodes (2013) (as of 2013)",
                "\u2022 Luigi runs thousands of tasks every day at Spotify");
        String netflix = row("Figures").value(1);
        assertThat(netflix).contains("Serving 148 million members (April 2019) (as of 2019-04)");
        assertThat(netflix).contains("Fetch data at 10 Gbps").endsWith("(unconfirmed)");
        assertThat(row("Open-source projects").value(0)).isEqualTo("Luigi, python-graphwalker, pedalboard");
    }

    @Test
    void lowConfidenceFiguresSaySo() {
        compare("instagram");

        assertThat(row("Figures").value(0)).contains("Python 3 saved ~30% memory and ~12% CPU (low confidence)");
    }

    @Test
    void companiesKeepTheirColourWhileOthersComeAndGo() {
        compare("spotify", "netflix", "instagram");
        assertThat(slots()).containsExactly(1, 2, 3);

        state.removeFromComparison(company("spotify"));
        assertThat(slots()).containsExactly(2, 3);

        compare("dropbox");
        assertThat(viewModel.getComparison().companies()).extracting(ComparedCompany::id)
                .containsExactly("netflix", "instagram", "dropbox");
        assertThat(slots()).containsExactly(2, 3, 1);
    }

    private List<Integer> slots() {
        List<Integer> out = new ArrayList<>();
        for (ComparedCompany c : viewModel.getComparison().companies()) {
            out.add(c.colourSlot());
        }
        return out;
    }

    @Test
    void addSelectedAddsTheCatalogSelectionOnce() {
        assertThat(viewModel.canAddSelectedProperty().get()).isFalse();
        state.setSelectedCompany(company("reddit"));
        assertThat(viewModel.canAddSelectedProperty().get()).isTrue();

        viewModel.addSelected();

        assertThat(state.getCompared()).containsExactly(company("reddit"));
        assertThat(state.statusMessageProperty().get()).isEqualTo("Added Reddit to the comparison");
        assertThat(viewModel.canAddSelectedProperty().get()).isFalse();
        viewModel.addSelected();
        assertThat(state.getCompared()).hasSize(1);
        assertThat(state.statusMessageProperty().get()).isEqualTo("Reddit is already in the comparison");
    }

    @Test
    void cannotAddPastTheLimit() {
        List<IndexedCompany> all = dataset.index().companies();
        for (int i = 0; i < ExplorerState.MAX_COMPARED; i++) {
            state.addToComparison(all.get(i));
        }
        state.setSelectedCompany(all.get(ExplorerState.MAX_COMPARED));
        assertThat(viewModel.canAddSelectedProperty().get()).isFalse();

        viewModel.addSelected();

        assertThat(state.getCompared()).hasSize(ExplorerState.MAX_COMPARED);
        assertThat(state.statusMessageProperty().get()).contains("at most 8");
        assertThat(viewModel.getComparison().companies()).extracting(ComparedCompany::colourSlot)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void dropsAddCompaniesByTheirDragText() {
        assertThat(viewModel.accepts("company:netflix")).isTrue();
        assertThat(viewModel.accepts("company:no-such-company")).isFalse();
        assertThat(viewModel.accepts("netflix")).isFalse();
        assertThat(viewModel.accepts(null)).isFalse();

        assertThat(viewModel.addDropped("company:netflix")).isTrue();
        assertThat(viewModel.addDropped("plain text")).isFalse();

        assertThat(state.comparedIds()).containsExactly("netflix");
    }

    @Test
    void removeAndClear() {
        compare("spotify", "netflix");

        viewModel.remove(company("spotify"));
        assertThat(state.comparedIds()).containsExactly("netflix");
        assertThat(state.statusMessageProperty().get()).isEqualTo("Removed Spotify from the comparison");

        viewModel.clear();
        assertThat(viewModel.isEmpty()).isTrue();
        assertThat(viewModel.getComparison().isEmpty()).isTrue();
        assertThat(viewModel.getComparison().keyFacts()).isEmpty();
    }

    @Test
    void exportFileNameNamesTheCompanies() {
        compare("spotify", "netflix");

        assertThat(viewModel.exportFileName(ChartExport.Format.PNG)).isEqualTo("python-adoption-use-cases-spotify-netflix.png");
    }

    @Test
    void exportWithNothingComparedAsksNothing() {
        assertThat(viewModel.chooseExportFile(ChartExport.Format.PNG)).isEmpty();
        assertThat(dialogs.saveRequests).isZero();
        assertThat(state.statusMessageProperty().get()).startsWith("Nothing to export");
    }

    @Test
    void exportReportsSuccessInTheStatusBar(@TempDir Path dir) {
        compare("spotify");
        dialogs.nextSaveFile = dir.resolve("chart.png");

        Path file = viewModel.chooseExportFile(ChartExport.Format.PNG).orElseThrow();
        viewModel.export(file, f -> Files.writeString(f, "x"));

        assertThat(dialogs.lastSuggestedName).isEqualTo("python-adoption-use-cases-spotify.png");
        assertThat(file).exists();
        assertThat(state.statusMessageProperty().get()).isEqualTo("Chart saved to " + file);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportFailureShowsAnErrorNamingTheFile() {
        compare("spotify");
        Path file = Path.of("/no/such/folder/chart.png");

        viewModel.export(file, f -> {
            throw new NoSuchFileException(f.toString());
        });

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Could not export the chart|The chart could not be saved to "
                + file + ": the folder does not exist.");
        assertThat(state.statusMessageProperty().get()).isEqualTo("Could not save chart.png");
    }
}
