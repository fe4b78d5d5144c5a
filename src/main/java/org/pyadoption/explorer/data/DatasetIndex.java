package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Companies share one of at most 2^10 sets of use cases. */
    private final Map<Set<UseCase>, Set<UseCase>> useCaseSets = new ConcurrentHashMap<>();
    /**
     * One instance per industry and country: the facts keep them as UTF-8 bytes, so each reading is a new string,
     * and 100,000 companies would otherwise keep 200,000 copies of a few dozen names.
     */
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    private DatasetIndex(Dataset d) {
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
        // each company's entry stands alone, so large datasets build them on all cores; the maps are filled in order
        IntStream indices = IntStream.range(0, cs.size());
        Entry[] entries = (cs.size() >= PARALLEL_FROM ? indices.parallel() : indices)
                .mapToObj(i -> index(cs.get(i))).toArray(Entry[]::new);
        // made one after another with nothing in between, so that they lie side by side in memory: the catalog
        // visits every one on every keystroke
        IndexedCompany[] made = new IndexedCompany[entries.length];
        for (int i = 0; i < made.length; i++) {
            made[i] = entries[i].company();
        }
        List<IndexedCompany> all = Arrays.asList(made);
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
        }
        companies = Collections.unmodifiableList(all);
        IndexedCompany[] byName = entries.length == 0 ? new IndexedCompany[0] : all.toArray(new IndexedCompany[0]);
        if (byName.length >= PARALLEL_FROM) {
            Arrays.parallelSort(byName, BY_NAME);
        } else {
            Arrays.sort(byName, BY_NAME);
        }
        companiesByName = List.of(byName);
        unfilteredCounts = FacetCounts.count(companies, CatalogQuery.ALL);
        factCount = d.factCount();
    }

    /** The catalog's first order: by name, ignoring case, then by id. */
    public static final Comparator<IndexedCompany> BY_NAME = Comparator
            .comparing(IndexedCompany::name, String.CASE_INSENSITIVE_ORDER).thenComparing(IndexedCompany::id);

    /** What a company's index entry is made of, and the distinct sources its facts cite. */
    private record Entry(Company c, String searchKey, Set<UseCase> useCases, Set<String> frameworkIds,
                         String industry, String country, Integer adoptionYear, int sourcedFactCount,
                         SearchMask searchMask, List<String> citedSources) {

        IndexedCompany company() {
            return new IndexedCompany(c, searchKey, useCases, frameworkIds, industry, country, adoptionYear,
                    sourcedFactCount, searchMask);
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
        return new DatasetIndex(d);
    }

    private Entry index(Company c) {
        StringBuilder key = new StringBuilder(512);
        append(key, c.name());
        if (c.industry() != null) {
            append(key, c.industry().value());
        }
        EnumSet<UseCase> useCases = EnumSet.noneOf(UseCase.class);
        for (UseCaseFact u : c.useCases()) {
            useCases.add(u.useCase());
            append(key, u.useCase().label());
            append(key, u.useCase().id());
        }
        List<String> fwIds = new ArrayList<>(c.frameworks().size());
        for (FrameworkFact f : c.frameworks()) {
            append(key, f.value());
            for (String id : f.frameworkIds()) {
                if (!fwIds.contains(id)) {
                    fwIds.add(id);
                }
                Framework fw = frameworks.get(id);
                if (fw != null) {
                    append(key, fw.name());
                }
            }
        }
        for (TextFact p : c.openSourceProjects()) {
            append(key, p.value());
        }
        for (Quote q : c.quotes()) {
            append(key, q.text());
        }
        String industry = c.industry() == null ? "" : label(c.industry().value());
        String country = c.headquartersCountry() == null ? "" : label(c.headquartersCountry().value());
        Integer year = c.pythonAdoption() == null ? null : c.pythonAdoption().year();
        List<String> cited = new ArrayList<>(8);
        int verified = visitFacts(c, cited);
        // one lower-casing of the whole key; the line breaks keep words of different fields apart
        String searchKey = key.toString().toLowerCase(Locale.ROOT);
        return new Entry(c, searchKey, useCaseSets.computeIfAbsent(useCases, Collections::unmodifiableSet),
                OrderedSet.of(fwIds), industry, country, year, verified, SearchMask.of(searchKey), cited);
    }

    private String label(String value) {
        String first = labels.get(value);
        if (first != null) {
            return first;
        }
        first = labels.putIfAbsent(value, value);
        return first == null ? value : first;
    }

    private static void append(StringBuilder key, String text) {
        key.append(text).append('\n');
    }

    /**
     * One pass over the company's facts, as {@link Company#facts()} lists them but without building that list:
     * adds the distinct sources they cite to {@code cited} and returns how many facts are verified.
     */
    private static int visitFacts(Company c, List<String> cited) {
        int verified = 0;
        for (Fact f : new Fact[] {c.industry(), c.headquartersCountry(), c.founded(), c.pythonAdoption()}) {
            if (f != null) {
                verified += visit(f, cited);
            }
        }
        for (List<? extends Fact> facts : List.of(c.useCases(), c.frameworks(), c.openSourceProjects(),
                c.otherLanguages(), c.figures(), c.quotes(), c.notableFacts(), c.alternativesConsidered(),
                c.painPoints())) {
            for (Fact f : facts) {
                verified += visit(f, cited);
            }
        }
        return verified;
    }

    private static int visit(Fact f, List<String> cited) {
        for (String s : f.provenance().sourceIds()) {
            if (!cited.contains(s)) {
                cited.add(s);
            }
        }
        return f.verified() ? 1 : 0;
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
