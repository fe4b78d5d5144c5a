package org.pyadoption.explorer.ui.catalog;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.pyadoption.explorer.data.CatalogQuery;
import org.pyadoption.explorer.data.CatalogQuery.Facet;
import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.data.FacetCounts;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.ui.common.BackgroundTask;
import org.pyadoption.explorer.ui.common.CurrentThreadTaskExecutor;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.TaskExecutor;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The company list: search text and facets make one {@link CatalogQuery}, which is the predicate of a
 * {@link FilteredList}, wrapped in a {@link SortedList} whose comparator the table sets. The facet counts are
 * counted in the background, so typing never waits for them.
 */
public final class CatalogViewModel {

    private final ExplorerState state;
    private ObservableList<IndexedCompany> all = FXCollections.observableArrayList();
    private FilteredList<IndexedCompany> filtered = new FilteredList<>(all);
    private final ReadOnlyObjectWrapper<SortedList<IndexedCompany>> sorted =
            new ReadOnlyObjectWrapper<>(this, "companies", new SortedList<>(filtered));
    private final TaskExecutor executor;
    /** Counts the latest query; a count for an older query arriving late is dropped. */
    private long generation;
    private FacetCounts unfilteredCounts;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final Map<Facet, ObservableList<FacetOption>> facets = new EnumMap<>(Facet.class);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private CatalogQuery query = CatalogQuery.ALL;
    private boolean batching;

    /** Filters and counts on the calling thread; for tests and small datasets. */
    public CatalogViewModel(ExplorerState state) {
        this(state, new CurrentThreadTaskExecutor());
    }

    /** Filters at once and counts the facets on {@code executor}, so typing never waits for the counts. */
    public CatalogViewModel(ExplorerState state, TaskExecutor executor) {
        this.state = state;
        this.executor = executor;
        for (Facet f : Facet.values()) {
            facets.put(f, FXCollections.observableArrayList());
        }
        searchText.addListener((obs, old, now) -> refilter());
        state.datasetProperty().addListener((obs, old, now) -> datasetChanged(now));
        datasetChanged(state.getDataset());
    }

    private void datasetChanged(LoadedDataset d) {
        batching = true;
        for (ObservableList<FacetOption> options : facets.values()) {
            options.clear();
        }
        // a new list for a new dataset: replacing 100,000 items of a sorted list one by one would take seconds
        all = FXCollections.observableArrayList(d == null ? List.of() : d.index().companiesByName());
        filtered = new FilteredList<>(all);
        unfilteredCounts = d == null ? null : d.index().unfilteredCounts();
        sorted.set(new SortedList<>(filtered));
        if (d != null) {
            buildFacets(d.index());
        }
        batching = false;
        refilter();
    }

    private void buildFacets(DatasetIndex index) {
        List<FacetOption> useCases = new ArrayList<>();
        for (UseCase u : UseCase.values()) {
            useCases.add(option(Facet.USE_CASE, u.id(), u.label()));
        }
        facets.get(Facet.USE_CASE).setAll(useCases);
        List<FacetOption> fws = new ArrayList<>();
        for (String id : index.usedFrameworkIds()) {
            fws.add(option(Facet.FRAMEWORK, id, index.frameworkName(id)));
        }
        fws.sort(Comparator.comparing(o -> o.name().toLowerCase()));
        facets.get(Facet.FRAMEWORK).setAll(fws);
        List<FacetOption> industries = new ArrayList<>();
        for (String i : index.industries()) {
            industries.add(option(Facet.INDUSTRY, i, i));
        }
        facets.get(Facet.INDUSTRY).setAll(industries);
        List<FacetOption> countries = new ArrayList<>();
        for (String c : index.countries()) {
            countries.add(option(Facet.COUNTRY, c, c));
        }
        facets.get(Facet.COUNTRY).setAll(countries);
    }

    private FacetOption option(Facet facet, String key, String name) {
        FacetOption o = new FacetOption(facet, key, name);
        o.selectedProperty().addListener((obs, old, now) -> refilter());
        return o;
    }

    private void refilter() {
        if (batching) {
            return;
        }
        query = CatalogQuery.of(searchText.get(), chosenUseCases(), chosen(Facet.FRAMEWORK), chosen(Facet.INDUSTRY),
                chosen(Facet.COUNTRY));
        filtered.setPredicate(query.isEmpty() ? null : query);
        countText.set(Messages.get("catalog.count", filtered.size(), all.size()));
        long mine = ++generation;
        if (query.isEmpty() && unfilteredCounts != null) {
            showCounts(unfilteredCounts);
            return;
        }
        LoadedDataset d = state.getDataset();
        List<IndexedCompany> companies = d == null ? List.of() : d.index().companies();
        CatalogQuery counted = query;
        executor.execute(BackgroundTask.of((progress, cancelled) -> FacetCounts.count(companies, counted))
                .onSuccess(counts -> {
                    if (mine == generation) {
                        showCounts(counts);
                    }
                }));
    }

    private void showCounts(FacetCounts counts) {
        for (Map.Entry<Facet, ObservableList<FacetOption>> e : facets.entrySet()) {
            for (FacetOption o : e.getValue()) {
                o.setCount(counts.count(e.getKey(), o.key()));
            }
        }
    }

    private Set<UseCase> chosenUseCases() {
        Set<UseCase> out = new HashSet<>();
        for (String id : chosen(Facet.USE_CASE)) {
            UseCase.fromId(id).ifPresent(out::add);
        }
        return out;
    }

    private Set<String> chosen(Facet facet) {
        Set<String> out = new HashSet<>();
        for (FacetOption o : facets.get(facet)) {
            if (o.isSelected()) {
                out.add(o.key());
            }
        }
        return out;
    }

    /** Clears the search and every facet choice in one step. */
    public void reset() {
        batching = true;
        searchText.set("");
        for (ObservableList<FacetOption> options : facets.values()) {
            for (FacetOption o : options) {
                o.setSelected(false);
            }
        }
        batching = false;
        refilter();
    }

    /** Adds the company to the comparison and says in the status bar when it cannot be added. */
    public void addToComparison(IndexedCompany c) {
        if (c == null) {
            return;
        }
        switch (state.addToComparison(c)) {
            case ADDED -> state.statusMessageProperty().set(Messages.get("compare.added", c.name()));
            case ALREADY_COMPARED -> state.statusMessageProperty().set(Messages.get("compare.already", c.name()));
            case FULL -> state.statusMessageProperty().set(Messages.get("compare.full", ExplorerState.MAX_COMPARED));
        }
    }

    public void removeFromComparison(IndexedCompany c) {
        if (c != null && state.getCompared().contains(c)) {
            state.removeFromComparison(c);
            state.statusMessageProperty().set(Messages.get("compare.removed", c.name()));
        }
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The filtered companies, sorted by whatever comparator the view sets. */
    public SortedList<IndexedCompany> companies() {
        return sorted.get();
    }

    /** Replaced by a new list when another dataset is loaded. */
    public ReadOnlyObjectProperty<SortedList<IndexedCompany>> companiesProperty() {
        return sorted.getReadOnlyProperty();
    }

    public ObservableList<FacetOption> facetOptions(Facet facet) {
        return facets.get(facet);
    }

    /** "12 of 26 companies". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public int matchingCount() {
        return filtered.size();
    }

    public CatalogQuery query() {
        return query;
    }

    public ExplorerState state() {
        return state;
    }
}
