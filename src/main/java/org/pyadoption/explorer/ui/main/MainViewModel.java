package org.pyadoption.explorer.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.pyadoption.explorer.data.DatasetLoadException;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.DatasetInfo;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.BackgroundTask;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The main window: loading datasets, the theme, the status bar and the About text. */
public final class MainViewModel {

    private final AppContext context;
    private final ExplorerState state;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Consumer<LoadedDataset> onLoaded = d -> { };

    public MainViewModel(AppContext context) {
        this.context = context;
        this.state = context.state();
        theme.set(context.preferences().theme());
        theme.addListener((obs, old, now) -> context.preferences().setTheme(now));
    }

    /** Called on the FX thread after each dataset is in place. */
    public void setOnLoaded(Consumer<LoadedDataset> handler) {
        this.onLoaded = handler;
    }

    /** Loads the bundled dataset in the background, then restores the remembered selection and comparison. */
    public void loadBundled() {
        load(DatasetLoader.BUNDLED_NAME, () -> context.loader().loadBundled(), true);
    }

    /** Loads a dataset file in the background; on failure the open dataset stays as it is. */
    public void loadFile(Path file) {
        load(file.toString(), () -> context.loader().load(file), false);
    }

    private interface Load {
        LoadedDataset run() throws Exception;
    }

    private void load(String name, Load work, boolean restorePreferences) {
        loading.set(true);
        progress.set(-1);
        state.statusMessageProperty().set(Messages.get("status.loading", name));
        context.executor().execute(BackgroundTask.of((p, cancelled) -> work.run())
                .onProgress(progress::set)
                .onSuccess(loaded -> {
                    loading.set(false);
                    state.setDataset(loaded);
                    if (restorePreferences) {
                        state.restore(context.preferences().selectedId(), context.preferences().comparedIds());
                    }
                    state.statusMessageProperty().set(loadedText(loaded));
                    onLoaded.accept(loaded);
                })
                .onFailure(e -> {
                    loading.set(false);
                    state.statusMessageProperty().set(Messages.get("status.loadFailed", name));
                    String details = e instanceof DatasetLoadException dle ? dle.report() : String.valueOf(e);
                    context.dialogs().showError(Messages.get("status.loadFailed", name), e.getMessage(), details);
                }));
    }

    static String loadedText(LoadedDataset loaded) {
        Dataset d = loaded.dataset();
        String title = d.info().title() == null ? loaded.origin() : d.info().title();
        return Messages.get("status.loaded", title, d.companies().size(), d.factCount(), d.sources().size());
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
                Messages.get("about.counts", d.companies().size(), d.factCount(), d.sources().size()),
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
        return theme;
    }

    public StringProperty statusMessageProperty() {
        return state.statusMessageProperty();
    }

    public ExplorerState state() {
        return state;
    }
}
