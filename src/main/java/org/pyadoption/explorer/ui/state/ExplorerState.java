package org.pyadoption.explorer.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.common.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * What the screens share: the loaded dataset, the selected company and the companies being compared. Detail and
 * comparison derive everything they show from here.
 */
public final class ExplorerState {

    /** Companies side by side at most; past this the charts stop being readable. */
    public static final int MAX_COMPARED = 8;

    public enum AddResult { ADDED, ALREADY_COMPARED, FULL }

    private final ReadOnlyObjectWrapper<LoadedDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObjectProperty<IndexedCompany> selectedCompany = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<IndexedCompany> compared = FXCollections.observableArrayList();
    private final ObservableList<IndexedCompany> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    /** The window's theme; charts and exports take their colours from it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** A short message for the status bar, e.g. why a company could not be added. */
    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public ReadOnlyObjectProperty<LoadedDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public LoadedDataset getDataset() {
        return dataset.get();
    }

    /**
     * Replaces the dataset. Selection and comparison carry over by company id where the new dataset has the
     * company; the rest is dropped.
     */
    public void setDataset(LoadedDataset next) {
        String selectedId = selectedCompany.get() == null ? null : selectedCompany.get().id();
        List<String> comparedIds = comparedIds();
        selectedCompany.set(null);
        compared.clear();
        dataset.set(next);
        if (next != null) {
            restore(selectedId, comparedIds);
        }
    }

    /** Selects and compares the companies with these ids, skipping ids the dataset does not have. */
    public void restore(String selectedId, List<String> comparedIds) {
        LoadedDataset d = dataset.get();
        if (d == null) {
            return;
        }
        List<IndexedCompany> found = new ArrayList<>();
        for (String id : comparedIds) {
            d.index().company(id).filter(c -> !found.contains(c)).ifPresent(found::add);
        }
        compared.setAll(found.subList(0, Math.min(found.size(), MAX_COMPARED)));
        selectedCompany.set(selectedId == null ? null : d.index().company(selectedId).orElse(null));
    }

    public ObjectProperty<IndexedCompany> selectedCompanyProperty() {
        return selectedCompany;
    }

    public IndexedCompany getSelectedCompany() {
        return selectedCompany.get();
    }

    public void setSelectedCompany(IndexedCompany c) {
        selectedCompany.set(c);
    }

    /** The compared companies, in the order they were added; change it through the methods below. */
    public ObservableList<IndexedCompany> getCompared() {
        return comparedView;
    }

    public AddResult addToComparison(IndexedCompany c) {
        if (compared.contains(c)) {
            return AddResult.ALREADY_COMPARED;
        }
        if (compared.size() >= MAX_COMPARED) {
            return AddResult.FULL;
        }
        compared.add(c);
        return AddResult.ADDED;
    }

    public void removeFromComparison(IndexedCompany c) {
        compared.remove(c);
    }

    public void clearComparison() {
        compared.clear();
    }

    public List<String> comparedIds() {
        List<String> ids = new ArrayList<>(compared.size());
        for (IndexedCompany c : compared) {
            ids.add(c.id());
        }
        return ids;
    }
}
