package org.pyadoption.explorer.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pyadoption.explorer.data.DatasetLoadException;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.DatasetTemplate;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.data.Problem;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.DatasetInfo;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.BackgroundTask;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.TaskExecutor.Cancellable;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window: opening, reloading and creating datasets, the list of problems of a rejected dataset, recent
 * files, the theme, the status bar and the About text. A dataset that fails to load never replaces the open one.
 */
public final class MainViewModel {

    public static final int MAX_RECENT = 5;

    private final AppContext context;
    private final ExplorerState state;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problemsTitle = new ReadOnlyStringWrapper(this, "problemsTitle", "");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private Consumer<LoadedDataset> onLoaded = d -> { };
    private Cancellable running;

    public MainViewModel(AppContext context) {
        this.context = context;
        this.state = context.state();
        state.themeProperty().set(context.preferences().theme());
        state.themeProperty().addListener((obs, old, now) -> context.preferences().setTheme(now));
        for (String f : context.preferences().recentFiles()) {
            recentFiles.add(Path.of(f));
        }
    }

    /** Called on the FX thread after each dataset is in place. */
    public void setOnLoaded(Consumer<LoadedDataset> handler) {
        this.onLoaded = handler;
    }

    /** Loads the bundled dataset in the background, then restores the remembered selection and comparison. */
    public void loadBundled() {
        load(DatasetLoader.BUNDLED_NAME, null, true, false);
    }

    /** Loads a dataset file in the background; on failure the open dataset stays as it is. */
    public void openFile(Path file) {
        load(file.toString(), file, false, false);
    }

    /** At start: opens the file given on the command line, or the bundled dataset when that file fails. */
    public void openAtStart(Path file) {
        load(file.toString(), file, false, true);
    }

    /** Reads the open dataset again from where it came from. */
    public void reload() {
        LoadedDataset current = state.getDataset();
        if (current == null || current.isBundled()) {
            loadBundled();
        } else {
            openFile(Path.of(current.origin()));
        }
    }

    /** Stops a load under way; the open dataset stays. */
    public void cancelLoad() {
        if (running != null) {
            running.cancel();
        }
    }

    private void load(String name, Path file, boolean restorePreferences, boolean bundledOnFailure) {
        cancelLoad();
        loading.set(true);
        progress.set(-1);
        state.statusMessageProperty().set(Messages.get("status.loading", name));
        BackgroundTask<LoadedDataset> task = BackgroundTask.of((p, cancelled) -> file == null
                ? context.loader().loadBundled()
                : context.loader().load(file, (read, total) -> p.accept(total > 0 ? (double) read / total : -1),
                        cancelled));
        running = context.executor().execute(task
                .onProgress(progress::set)
                .onSuccess(loaded -> loaded(loaded, file, restorePreferences))
                .onCancelled(() -> {
                    loading.set(false);
                    state.statusMessageProperty().set(Messages.get("status.cancelled", name));
                })
                .onFailure(e -> {
                    failed(name, file, e);
                    if (bundledOnFailure) {
                        load(DatasetLoader.BUNDLED_NAME, null, true, false);
                    }
                }));
    }

    private void loaded(LoadedDataset loaded, Path file, boolean restorePreferences) {
        loading.set(false);
        running = null;
        if (file != null) {
            problems.clear();
        }
        state.setDataset(loaded);
        if (restorePreferences) {
            state.restore(context.preferences().selectedId(), context.preferences().comparedIds());
        }
        if (file != null) {
            remember(file);
        }
        state.statusMessageProperty().set(loadedText(loaded));
        onLoaded.accept(loaded);
    }

    private void failed(String name, Path file, Exception e) {
        loading.set(false);
        running = null;
        String kept = state.getDataset() == null ? "" : " " + Messages.get("status.kept", state.getDataset().origin());
        if (e instanceof DatasetLoadException dle) {
            problemsTitle.set(Messages.get("problems.title", dle.totalProblems(), name) + kept);
            problems.setAll(dle.problems());
            state.statusMessageProperty().set(Messages.get("status.rejected", name, dle.totalProblems()) + kept);
            return;
        }
        if (file != null && !Files.exists(file)) {
            forget(file);
        }
        state.statusMessageProperty().set(Messages.get("status.loadFailed", name) + kept);
        context.dialogs().showError(Messages.get("status.loadFailed", name), String.valueOf(e.getMessage()),
                null);
    }

    /** The text of every problem, one per line, for the clipboard. */
    public String problemsAsText() {
        StringBuilder sb = new StringBuilder(problemsTitle.get()).append('\n');
        for (Problem p : problems) {
            sb.append(p).append('\n');
        }
        return sb.toString();
    }

    public void copyProblems() {
        context.dialogs().copyToClipboard(problemsAsText());
    }

    public void dismissProblems() {
        problems.clear();
    }

    /** File > Open dataset. */
    public void chooseAndOpen() {
        context.dialogs().chooseOpenFile(Messages.get("open.title"), Messages.get("open.filter"), "json")
                .ifPresent(this::openFile);
    }

    /** File > New dataset from template: writes the template where the user says, then opens it. */
    public void createFromTemplate() {
        context.dialogs().chooseSaveFile(Messages.get("template.title"), "my-dataset.json",
                Messages.get("open.filter"), "json").ifPresent(target -> {
                    try {
                        DatasetTemplate.write(target);
                    } catch (IOException e) {
                        context.dialogs().showError(Messages.get("template.failed"), target + ": " + e.getMessage(),
                                null);
                        return;
                    }
                    state.statusMessageProperty().set(Messages.get("template.written", target));
                    openFile(target);
                });
    }

    /** Drops recent files that no longer exist, and says so. */
    public void pruneRecentFiles() {
        List<Path> missing = new ArrayList<>();
        for (Path p : recentFiles) {
            if (!Files.isRegularFile(p)) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            recentFiles.removeAll(missing);
            saveRecent();
            state.statusMessageProperty().set(Messages.get("recent.pruned", missing.size(),
                    missing.get(0).getFileName()));
        }
    }

    private void remember(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        recentFiles.remove(abs);
        recentFiles.add(0, abs);
        if (recentFiles.size() > MAX_RECENT) {
            recentFiles.remove(MAX_RECENT, recentFiles.size());
        }
        saveRecent();
    }

    private void forget(Path file) {
        recentFiles.remove(file.toAbsolutePath().normalize());
        saveRecent();
    }

    private void saveRecent() {
        List<String> paths = new ArrayList<>();
        for (Path p : recentFiles) {
            paths.add(p.toString());
        }
        context.preferences().setRecentFiles(paths);
    }

    static String loadedText(LoadedDataset loaded) {
        Dataset d = loaded.dataset();
        String title = d.info().title() == null ? loaded.origin() : d.info().title();
        return Messages.get("status.loaded", title, d.companies().size(), loaded.index().factCount(),
                d.sources().size());
    }

    /** The About text for the loaded dataset: title, version, as-of date, counts and licence. */
    public List<String> aboutLines() {
        LoadedDataset loaded = state.getDataset();
        if (loaded == null) {
            return List.of(Messages.get("about.noData"));
        }
        Dataset d = loaded.dataset();
        DatasetInfo info = d.info();
        return List.of(
                Messages.get("about.dataset", nonNull(info.title()), nonNull(info.version())),
                Messages.get("about.asOf", nonNull(info.asOf())),
                Messages.get("about.counts", d.companies().size(), loaded.index().factCount(), d.sources().size()),
                Messages.get("about.licence", nonNull(info.licence())),
                Messages.get("about.origin", loaded.origin()));
    }

    private static String nonNull(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }

    /** Remembers the selection and comparison for the next start. */
    public void rememberSelection() {
        context.preferences().setComparedIds(state.comparedIds());
        context.preferences().setSelectedId(state.getSelectedCompany() == null ? null
                : state.getSelectedCompany().id());
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Load progress from 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return state.themeProperty();
    }

    public StringProperty statusMessageProperty() {
        return state.statusMessageProperty();
    }

    /** The problems of the last dataset that was rejected; empty when there is nothing to show. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty problemsTitleProperty() {
        return problemsTitle.getReadOnlyProperty();
    }

    /** Recently opened files, newest first, at most {@link #MAX_RECENT}. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ExplorerState state() {
        return state;
    }
}
