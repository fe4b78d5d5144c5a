package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.UseCase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/** Lookups the window needs, built once when a dataset is loaded. */
public final class DatasetIndex {

    /** From this many companies on, their entries are built in parallel. */
    private static final int PARALLEL_FROM = 10_000;

    private final List<IndexedCompany> companies;
    private final Map<String, IndexedCompany> byId;
    private final Map<String, Source> sources;
    private final Map<String, Framework> frameworks;
    private final Map<UseCase, List<IndexedCompany>> byUseCase;
    private final Map<String, List<IndexedCompany>> byFramework;
    private final Map<String, List<IndexedCompany>> byCountry;
    private final Map<String, List<IndexedCompany>> byIndustry;
    private final Map<String, List<IndexedCompany>> bySource;
    private final List<IndexedCompany> companiesByName;
    private final FacetCounts unfilteredCounts;
    private final int factCount;
    private DatasetIndex(Dataset d, IndexEntries.Made read) {
        sources = new HashMap<>();
        for (Source s : d.sources()) {
            sources.put(s.id(), s);
        }
        frameworks = new HashMap<>();
        for (Framework f : d.frameworks()) {
            frameworks.put(f.id(), f);
        }
        List<Company> cs = d.companies();
        byId = new HashMap<>(capacity(cs.size()));
        byUseCase = new EnumMap<>(UseCase.class);
        byFramework = new HashMap<>();
        byCountry = new TreeMap<>();
        byIndustry = new TreeMap<>();
        bySource = new HashMap<>();
        // the entries the reader made as it read (see IndexEntries) are taken as they are; each one missing stands
        // alone, so large datasets build them on all cores; the maps are filled in order
        IndexEntries.Entry[] entries = new IndexEntries.Entry[cs.size()];
        int missing = read == null ? cs.size() : read.take(d, entries);
        if (missing > 0) {
            IndexEntries maker = read != null && read.maker().isFor(d) ? read.maker()
                    : new IndexEntries(d.frameworks());
            IntStream indices = IntStream.range(0, cs.size()).filter(i -> entries[i] == null);
            (missing >= PARALLEL_FROM ? indices.parallel() : indices).forEach(i -> entries[i] = maker.entry(cs.get(i)));
        }
        // made one after another with nothing in between, so that they lie side by side in memory: the catalog
        // visits every one on every keystroke
        IndexedCompany[] made = new IndexedCompany[entries.length];
        for (int i = 0; i < made.length; i++) {
            made[i] = entries[i].company();
        }
        List<IndexedCompany> all = Arrays.asList(made);
        // large datasets are sorted and counted on another core while the maps are filled
        CompletableFuture<IndexedCompany[]> sorting = made.length >= PARALLEL_FROM
                ? CompletableFuture.supplyAsync(() -> sortedByName(made)) : null;
        CompletableFuture<FacetCounts> counting = made.length >= PARALLEL_FROM
                ? CompletableFuture.supplyAsync(() -> FacetCounts.count(all, CatalogQuery.ALL)) : null;
        int facts = 0;
        for (int i = 0; i < made.length; i++) {
            IndexedCompany ic = made[i];
            byId.put(ic.id(), ic);
            for (UseCase u : ic.useCases()) {
                byUseCase.computeIfAbsent(u, k -> new ArrayList<>()).add(ic);
            }
            for (String f : ic.frameworkIds()) {
                byFramework.computeIfAbsent(f, k -> new ArrayList<>()).add(ic);
            }
            if (!ic.country().isEmpty()) {
                byCountry.computeIfAbsent(ic.country(), k -> new ArrayList<>()).add(ic);
            }
            if (!ic.industry().isEmpty()) {
                byIndustry.computeIfAbsent(ic.industry(), k -> new ArrayList<>()).add(ic);
            }
            for (String s : entries[i].citedSources()) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(ic);
            }
            facts += entries[i].factCount();
        }
        companies = Collections.unmodifiableList(all);
        unfilteredCounts = counting == null ? FacetCounts.count(companies, CatalogQuery.ALL) : counting.join();
        factCount = facts;
        companiesByName = List.of(sorting == null ? sortedByName(made) : sorting.join());
    }

    /** The catalog's first order: by name, ignoring case, then by id. */
    public static final Comparator<IndexedCompany> BY_NAME = Comparator
            .comparing(IndexedCompany::name, String.CASE_INSENSITIVE_ORDER).thenComparing(IndexedCompany::id);

    /**
     * The companies in {@link #BY_NAME} order. ASCII names (nearly all) are compared by a lower-cased copy made once,
     * which orders them exactly as {@link String#CASE_INSENSITIVE_ORDER} does (it compares characters lower-cased)
     * at a fraction of the cost; a pair with another name is compared by {@link #BY_NAME} itself.
     */
    private static IndexedCompany[] sortedByName(IndexedCompany[] companies) {
        Named[] named = new Named[companies.length];
        for (int i = 0; i < named.length; i++) {
            named[i] = new Named(asciiLowerCase(companies[i].name()), companies[i]);
        }
        if (named.length >= PARALLEL_FROM) {
            Arrays.parallelSort(named, Named::compare);
        } else {
            Arrays.sort(named, Named::compare);
        }
        IndexedCompany[] sorted = new IndexedCompany[named.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = named[i].company();
        }
        return sorted;
    }

    /** The name lower-cased, or null when it is not all ASCII. */
    private static String asciiLowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return null;
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private record Named(String folded, IndexedCompany company) {
        static int compare(Named a, Named b) {
            int byName = a.folded != null && b.folded != null ? a.folded.compareTo(b.folded)
                    : String.CASE_INSENSITIVE_ORDER.compare(a.company.name(), b.company.name());
            return byName != 0 ? byName : a.company.id().compareTo(b.company.id());
        }
    }

    /** The companies sorted by {@link #BY_NAME}, sorted while loading so the window does not have to. */
    public List<IndexedCompany> companiesByName() {
        return companiesByName;
    }

    /** Facts in the whole dataset, counted while loading (touching every company again on the FX thread is slow). */
    public int factCount() {
        return factCount;
    }

    /** Facet counts with nothing chosen, counted while loading. */
    public FacetCounts unfilteredCounts() {
        return unfilteredCounts;
    }

    public static DatasetIndex of(Dataset d) {
        return new DatasetIndex(d, null);
    }

    /** With the entries made while the dataset was read, where they are for its companies. */
    static DatasetIndex of(Dataset d, IndexEntries.Made made) {
        return new DatasetIndex(d, made);
    }

    private static int capacity(int entries) {
        return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
    }

    public List<IndexedCompany> companies() {
        return companies;
    }

    public Optional<IndexedCompany> company(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** A framework's display name, or its id when the table lacks it. */
    public String frameworkName(String id) {
        Framework f = frameworks.get(id);
        return f == null ? id : f.name();
    }

    public List<IndexedCompany> withUseCase(UseCase u) {
        return byUseCase.getOrDefault(u, List.of());
    }

    public List<IndexedCompany> withFramework(String frameworkId) {
        return byFramework.getOrDefault(frameworkId, List.of());
    }

    public List<IndexedCompany> inCountry(String country) {
        return byCountry.getOrDefault(country, List.of());
    }

    public List<IndexedCompany> inIndustry(String industry) {
        return byIndustry.getOrDefault(industry, List.of());
    }

    /** Companies with at least one fact citing the source. */
    public List<IndexedCompany> citing(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    /** Countries in alphabetical order. */
    public Set<String> countries() {
        return Collections.unmodifiableSet(byCountry.keySet());
    }

    /** Industries in alphabetical order. */
    public Set<String> industries() {
        return Collections.unmodifiableSet(byIndustry.keySet());
    }

    /** Framework ids used by at least one company. */
    public Set<String> usedFrameworkIds() {
        return Collections.unmodifiableSet(byFramework.keySet());
    }
}
