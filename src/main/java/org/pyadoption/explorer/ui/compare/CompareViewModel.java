package org.pyadoption.explorer.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.chart.ChartCompany;
import org.pyadoption.explorer.ui.chart.ChartData;
import org.pyadoption.explorer.ui.chart.ChartDataBuilder;
import org.pyadoption.explorer.ui.chart.ChartExport;
import org.pyadoption.explorer.ui.chart.ChartKind;
import org.pyadoption.explorer.ui.common.BackgroundTask;
import org.pyadoption.explorer.ui.common.CompanyDrag;
import org.pyadoption.explorer.ui.common.DialogService;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.TaskExecutor;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison: derives the chips, the use-case profile and the key-facts table from the shared comparison set,
 * rebuilding all of them in one step whenever the set changes; adds, removes and exports.
 */
public final class CompareViewModel {

    /** Writes the exported file; runs off the FX thread. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file) throws IOException;
    }

    private final ExplorerState state;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    /** Colour slot per compared company id, so a company keeps its colour while others come and go. */
    private final Map<String, Integer> colourSlots = new HashMap<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison", Comparison.EMPTY);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final BooleanBinding canAddSelected;
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(this, "chartKind",
            ChartKind.USE_CASES);
    private final StringProperty metric = new SimpleStringProperty(this, "metric");
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final BooleanProperty colourBlindSafe = new SimpleBooleanProperty(this, "colourBlindSafe");

    public CompareViewModel(ExplorerState state, DialogService dialogs, TaskExecutor executor) {
        this.state = state;
        this.dialogs = dialogs;
        this.executor = executor;
        state.getCompared().addListener((ListChangeListener<IndexedCompany>) c -> rebuild());
        state.datasetProperty().addListener((obs, old, now) -> rebuild());
        chartKind.addListener((obs, old, now) -> rebuild());
        metric.addListener((obs, old, now) -> rebuild());
        canAddSelected = Bindings.createBooleanBinding(() -> {
            IndexedCompany selected = state.getSelectedCompany();
            return selected != null && !state.getCompared().contains(selected)
                    && state.getCompared().size() < ExplorerState.MAX_COMPARED;
        }, state.selectedCompanyProperty(), state.getCompared());
        rebuild();
    }

    private void rebuild() {
        List<IndexedCompany> companies = List.copyOf(state.getCompared());
        assignColours(companies);
        List<ComparedCompany> compared = new ArrayList<>(companies.size());
        for (IndexedCompany c : companies) {
            compared.add(new ComparedCompany(c, colourSlots.get(c.id())));
        }
        LoadedDataset d = state.getDataset();
        KeyFacts keyFacts = new KeyFacts(d == null ? null : d.index());
        ChartData chart = null;
        String footnote = "";
        if (d != null) {
            List<ChartCompany> chartCompanies = new ArrayList<>();
            for (ComparedCompany c : compared) {
                chartCompanies.add(new ChartCompany(c.id(), c.name(), c.colourSlot()));
            }
            ChartDataBuilder builder = new ChartDataBuilder(d);
            List<String> available = builder.metrics(chartCompanies);
            if (!metrics.equals(available)) {
                metrics.setAll(available);
            }
            chart = builder.build(chartKind.get(), chartCompanies, metric.get());
            footnote = builder.footnote(chart);
        }
        comparison.set(new Comparison(compared, chart, footnote, keyFacts.rows(companies)));
        empty.set(companies.isEmpty());
    }

    /** Keeps the slots of companies still compared and gives each newcomer the lowest free slot. */
    private void assignColours(List<IndexedCompany> companies) {
        List<String> ids = new ArrayList<>(companies.size());
        for (IndexedCompany c : companies) {
            ids.add(c.id());
        }
        colourSlots.keySet().retainAll(ids);
        for (String id : ids) {
            if (!colourSlots.containsKey(id)) {
                int slot = 1;
                while (colourSlots.containsValue(slot)) {
                    slot++;
                }
                colourSlots.put(id, slot);
            }
        }
    }

    /** "Add selected": adds the catalog's selected company. */
    public void addSelected() {
        add(state.getSelectedCompany());
    }

    /** Adds the company a drag carries ("company:ID"); false when it carries none this dataset has. */
    public boolean addDropped(String dragged) {
        Optional<IndexedCompany> c = droppedCompany(dragged);
        c.ifPresent(this::add);
        return c.isPresent();
    }

    /** True when a drag carries a company of the loaded dataset, so the pane should accept the drop. */
    public boolean accepts(String dragged) {
        return droppedCompany(dragged).isPresent();
    }

    private Optional<IndexedCompany> droppedCompany(String dragged) {
        LoadedDataset d = state.getDataset();
        if (d == null) {
            return Optional.empty();
        }
        return CompanyDrag.decode(dragged).flatMap(id -> d.index().company(id));
    }

    /** Adds a company and says in the status bar what happened. */
    public void add(IndexedCompany c) {
        if (c == null) {
            return;
        }
        switch (state.addToComparison(c)) {
            case ADDED -> status(Messages.get("compare.added", c.name()));
            case ALREADY_COMPARED -> status(Messages.get("compare.already", c.name()));
            case FULL -> status(Messages.get("compare.full", ExplorerState.MAX_COMPARED));
        }
    }

    public void remove(IndexedCompany c) {
        if (c != null && state.getCompared().contains(c)) {
            state.removeFromComparison(c);
            status(Messages.get("compare.removed", c.name()));
        }
    }

    public void clear() {
        if (!state.getCompared().isEmpty()) {
            state.clearComparison();
            status(Messages.get("compare.cleared"));
        }
    }

    /** "python-adoption-use-cases-spotify-netflix.png". */
    public String exportFileName(ChartExport.Format format) {
        List<String> parts = new ArrayList<>();
        parts.add("python-adoption");
        parts.add(chartKind.get().id());
        if (chartKind.get() != ChartKind.LANDSCAPE) {
            parts.addAll(state.comparedIds());
        }
        return String.join("-", parts) + "." + format.extension();
    }

    /** True when the chosen chart has something to show: companies, or the whole dataset for the landscape. */
    public boolean canExport() {
        return state.getDataset() != null && (!state.getCompared().isEmpty() || chartKind.get() == ChartKind.LANDSCAPE);
    }

    /** Asks where to save the chart; empty when cancelled or when there is nothing to export (the status says so). */
    public Optional<Path> chooseExportFile(ChartExport.Format format) {
        if (!canExport()) {
            status(Messages.get("compare.export.empty"));
            return Optional.empty();
        }
        return dialogs.chooseSaveFile(Messages.get("export.dialog.title"), exportFileName(format),
                format.description(), format.extension());
    }

    /** The chart image is on the clipboard. */
    public void copied() {
        status(Messages.get("compare.copied"));
    }

    /** Writes the file in the background; reports success in the status bar and failure in an error dialog. */
    public void export(Path file, FileWriter writer) {
        executor.execute(BackgroundTask.of((progress, cancelled) -> {
            writer.write(file);
            return file;
        }).onSuccess(f -> status(Messages.get("export.done", f)))
                .onFailure(e -> {
                    status(Messages.get("compare.export.failedStatus", file.getFileName()));
                    dialogs.showError(Messages.get("export.failed"),
                            Messages.get("compare.export.failedMessage", file, reason(e)), stackTrace(e));
                }));
    }

    /** Why a file could not be written, in words. */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("compare.export.noFolder");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("compare.export.denied");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String stackTrace(Exception e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private void status(String message) {
        state.statusMessageProperty().set(message);
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison getComparison() {
        return comparison.get();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    /** True when a company is selected that is not compared yet and there is room for it. */
    public ObservableBooleanValue canAddSelectedProperty() {
        return canAddSelected;
    }

    public ExplorerState state() {
        return state;
    }

    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    /** For the figures chart: the metric to compare, or null for the one most compared companies report. */
    public StringProperty metricProperty() {
        return metric;
    }

    /** The metrics the compared companies report, most reported first. */
    public ObservableList<String> metrics() {
        return metrics;
    }

    public BooleanProperty colourBlindSafeProperty() {
        return colourBlindSafe;
    }
}
