package org.pyadoption.explorer.ui.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.data.CatalogQuery.Facet;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewModelTest {

    private static LoadedDataset bundled;
    private ExplorerState state;
    private CatalogViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        bundled = new DatasetLoader().loadBundled();
    }

    @BeforeEach
    void setUp() {
        state = new ExplorerState();
        state.setDataset(bundled);
        vm = new CatalogViewModel(state);
    }

    private List<String> shownIds() {
        return vm.companies().stream().map(IndexedCompany::id).toList();
    }

    private FacetOption option(Facet facet, String key) {
        return vm.facetOptions(facet).stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryCompanyAtFirst() {
        assertThat(vm.companies()).hasSize(26);
        assertThat(vm.countTextProperty().get()).isEqualTo("26 of 26 companies");
    }

    @Test
    void searchMatchesNamesFrameworksProjectsAndQuotes() {
        vm.searchTextProperty().set("netflix");
        assertThat(shownIds()).containsExactly("netflix");

        vm.searchTextProperty().set("luigi");
        assertThat(shownIds()).containsExactly("spotify");

        vm.searchTextProperty().set("Django");
        assertThat(shownIds()).contains("instagram", "disqus", "pinterest", "eventbrite", "mozilla")
                .doesNotContain("spotify");

        vm.searchTextProperty().set("full content lifecycle");
        assertThat(shownIds()).containsExactly("netflix");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 of 26 companies");
    }

    @Test
    void searchTermsMustAllMatchAndIgnoreCase() {
        vm.searchTextProperty().set("  PYTORCH   FaceBook ");
        assertThat(shownIds()).containsExactly("meta");
        vm.searchTextProperty().set("no such thing anywhere");
        assertThat(shownIds()).isEmpty();
        assertThat(vm.countTextProperty().get()).isEqualTo("0 of 26 companies");
    }

    @Test
    void facetCountsAreLiveAndCombine() {
        // Django: the companies whose frameworks list names Django
        FacetOption django = option(Facet.FRAMEWORK, "django");
        int djangoCompanies = bundled.index().withFramework("django").size();
        assertThat(django.getCount()).isEqualTo(djangoCompanies);
        assertThat(django.labelProperty().get()).isEqualTo("Django (" + djangoCompanies + ")");

        FacetOption sweden = option(Facet.COUNTRY, "Sweden");
        assertThat(sweden.getCount()).isEqualTo(1);

        django.setSelected(true);
        assertThat(vm.companies()).hasSize(djangoCompanies);
        // with Django chosen, Sweden (Spotify, no Django) would show nobody
        assertThat(sweden.getCount()).isZero();
        // the chosen facet's own values still count as if it were not chosen
        assertThat(django.getCount()).isEqualTo(djangoCompanies);

        FacetOption us = option(Facet.COUNTRY, "United States");
        us.setSelected(true);
        assertThat(shownIds()).allSatisfy(id ->
                assertThat(bundled.index().company(id).orElseThrow().country()).isEqualTo("United States"));
    }

    @Test
    void useCasesOfOneFacetAreAlternatives() {
        option(Facet.USE_CASE, "security").setSelected(true);
        int security = vm.companies().size();
        option(Facet.USE_CASE, "finance-analytics").setSelected(true);
        assertThat(vm.companies().size()).isGreaterThanOrEqualTo(security);
        assertThat(shownIds()).allSatisfy(id -> assertThat(bundled.index().company(id).orElseThrow().useCases()
                .stream().map(u -> u.id()).toList()).containsAnyOf("security", "finance-analytics"));
    }

    @Test
    void resetClearsSearchAndFacets() {
        vm.searchTextProperty().set("spotify");
        option(Facet.COUNTRY, "Sweden").setSelected(true);
        vm.reset();
        assertThat(vm.searchTextProperty().get()).isEmpty();
        assertThat(vm.facetOptions(Facet.COUNTRY)).noneMatch(FacetOption::isSelected);
        assertThat(vm.companies()).hasSize(26);
    }

    @Test
    void addingToComparisonSaysWhatHappened() {
        IndexedCompany spotify = bundled.index().company("spotify").orElseThrow();
        vm.addToComparison(spotify);
        assertThat(state.getCompared()).containsExactly(spotify);
        assertThat(state.statusMessageProperty().get()).isEqualTo("Added Spotify to the comparison");
        vm.addToComparison(spotify);
        assertThat(state.getCompared()).hasSize(1);
        assertThat(state.statusMessageProperty().get()).isEqualTo("Spotify is already in the comparison");

        bundled.index().companies().stream().limit(12).forEach(vm::addToComparison);
        assertThat(state.getCompared()).hasSize(ExplorerState.MAX_COMPARED);
        assertThat(state.statusMessageProperty().get()).contains("at most 8 companies");

        vm.removeFromComparison(spotify);
        assertThat(state.getCompared()).doesNotContain(spotify);
    }

    @Test
    void anotherDatasetReplacesListAndFacets() {
        state.setDataset(null);
        assertThat(vm.companies()).isEmpty();
        assertThat(vm.facetOptions(Facet.FRAMEWORK)).isEmpty();
        state.setDataset(bundled);
        assertThat(vm.companies()).hasSize(26);
        assertThat(vm.facetOptions(Facet.USE_CASE)).hasSize(10);
    }
}
