package org.pyadoption.explorer.ui.main;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.state.ExplorerState;
import org.pyadoption.explorer.ui.testing.FakeDialogService;
import org.pyadoption.explorer.ui.testing.TestContexts;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {

    @TempDir
    Path dir;
    private Preferences node;
    private FakeDialogService dialogs;
    private AppContext context;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        node = TestContexts.freshPreferencesNode();
        dialogs = new FakeDialogService();
        context = TestContexts.synchronous(dialogs, node);
        vm = new MainViewModel(context);
        vm.loadBundled();
    }

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    private ExplorerState state() {
        return context.state();
    }

    private Path bundledCopy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = DatasetLoader.class.getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void loadsTheBundledDatasetAndSaysSoInTheStatusBar() {
        assertThat(state().getDataset().dataset().companies()).hasSize(26);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.statusMessageProperty().get())
                .isEqualTo("Python at 26 technology companies: 26 companies, 431 facts, 105 sources");
    }

    @Test
    void anInvalidFileListsItsProblemsAndKeepsTheOpenDataset() throws Exception {
        LoadedDataset before = state().getDataset();
        state().addToComparison(before.index().company("spotify").orElseThrow());
        Path broken = bundledCopy("broken.json");
        String text = Files.readString(broken).replace("\"name\": \"Spotify\"", "\"name\": 42")
                .replaceFirst("\"year\": 2006", "\"year\": \"2006\"");
        Files.writeString(broken, text);

        vm.openFile(broken);

        assertThat(state().getDataset()).isSameAs(before);
        assertThat(state().comparedIds()).containsExactly("spotify");
        assertThat(vm.problems()).hasSize(2);
        assertThat(vm.problems().get(0).path()).isEqualTo("$.companies[0].name");
        assertThat(vm.problems().get(0).line()).isPositive();
        assertThat(vm.problemsTitleProperty().get()).startsWith("2 problems in " + broken)
                .contains("bundled dataset is still open");
        vm.copyProblems();
        assertThat(dialogs.clipboard.get(0)).contains("$.companies[0].name", "$.companies[0].founded.year",
                "expected a string, found a number");
        vm.dismissProblems();
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void aValidFileReplacesTheDatasetAndJoinsTheRecentList() throws Exception {
        Path copy = bundledCopy("copy.json");
        vm.openFile(copy);
        assertThat(state().getDataset().origin()).isEqualTo(copy.toString());
        assertThat(vm.recentFiles()).containsExactly(copy.toAbsolutePath());
        assertThat(new MainViewModel(context).recentFiles()).containsExactly(copy.toAbsolutePath());
    }

    @Test
    void recentListKeepsFiveAndDropsMissingFilesWithANote() throws Exception {
        for (int i = 0; i < 7; i++) {
            vm.openFile(bundledCopy("d" + i + ".json"));
        }
        assertThat(vm.recentFiles()).hasSize(5);
        assertThat(vm.recentFiles().get(0).getFileName().toString()).isEqualTo("d6.json");
        Files.delete(dir.resolve("d6.json"));
        Files.delete(dir.resolve("d5.json"));
        vm.pruneRecentFiles();
        assertThat(vm.recentFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("d4.json", "d3.json", "d2.json");
        assertThat(vm.statusMessageProperty().get()).isEqualTo("Removed 2 missing files from Open recent");
    }

    @Test
    void aMissingFileIsReportedAndNothingChanges() {
        LoadedDataset before = state().getDataset();
        vm.openFile(dir.resolve("nope.json"));
        assertThat(state().getDataset()).isSameAs(before);
        assertThat(dialogs.errors).singleElement().asString().contains("nope.json");
    }

    @Test
    void reloadReadsTheFileAgain() throws Exception {
        Path copy = bundledCopy("reload.json");
        vm.openFile(copy);
        LoadedDataset first = state().getDataset();
        Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8)
                .replace("\"name\": \"Spotify\"", "\"name\": \"Spotify AB\""));
        vm.reload();
        assertThat(state().getDataset()).isNotSameAs(first);
        assertThat(state().getDataset().index().company("spotify").orElseThrow().name()).isEqualTo("Spotify AB");
    }

    @Test
    void templateIsWrittenValidAndOpened() {
        Path target = dir.resolve("mine.json");
        dialogs.nextSaveFile = target;
        vm.createFromTemplate();
        assertThat(target).exists();
        assertThat(vm.problems()).isEmpty();
        assertThat(state().getDataset().origin()).isEqualTo(target.toString());
        assertThat(state().getDataset().dataset().companies()).extracting(c -> c.name())
                .containsExactly("Example Company");
    }

    @Test
    void templateInAMissingFolderFailsCleanly() {
        dialogs.nextSaveFile = dir.resolve("no-such-folder").resolve("mine.json");
        vm.createFromTemplate();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not write the template");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
        assertThat(state().getDataset().isBundled()).isTrue();
    }

    @Test
    void aboutNamesTheDataset() {
        assertThat(vm.aboutLines()).containsExactly(
                "Dataset: Python at 26 technology companies, version 1.0.0",
                "As of: 2026-11-22",
                "26 companies, 431 facts, 105 sources",
                "Licence: Compilation CC BY 4.0. Quotes are short citations and remain their authors\u2019; "
                        + "follow each source for the full text.",
                "Loaded from: bundled dataset");
    }

    @Test
    void aBadFileAtStartFallsBackToTheBundledDatasetAndShowsItsProblems() throws Exception {
        Path broken = dir.resolve("start.json");
        Files.writeString(broken, "{ not json");
        MainViewModel fresh = new MainViewModel(TestContexts.synchronous(dialogs, node));
        fresh.openAtStart(broken);
        assertThat(fresh.state().getDataset().isBundled()).isTrue();
        assertThat(fresh.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("not valid JSON");
        });
    }
}
