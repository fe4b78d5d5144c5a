package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;
import org.pyadoption.explorer.model.Utf8Text;

import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.CompletableFuture;
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
    private final Map<Utf8Label, String> labels = new ConcurrentHashMap<>();

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
        // large datasets are sorted on another core while the maps are filled
        CompletableFuture<IndexedCompany[]> sorting = made.length >= PARALLEL_FROM
                ? CompletableFuture.supplyAsync(() -> sortedByName(made)) : null;
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
        unfilteredCounts = FacetCounts.count(companies, CatalogQuery.ALL);
        factCount = d.factCount();
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
        // the key is written lower-cased as it is built; the line breaks keep words of different fields apart
        SearchKey key = SEARCH_KEYS.get().start();
        key.add(c.name());
        if (c.industry() != null) {
            key.add(c.industry().valueUtf8());
        }
        EnumSet<UseCase> useCases = EnumSet.noneOf(UseCase.class);
        List<UseCaseFact> ucs = c.useCases();
        for (int i = 0; i < ucs.size(); i++) {
            UseCase u = ucs.get(i).useCase();
            useCases.add(u);
            key.add(u.label());
            key.add(u.id());
        }
        List<FrameworkFact> fws = c.frameworks();
        List<String> fwIds = new ArrayList<>(fws.size());
        for (int i = 0; i < fws.size(); i++) {
            FrameworkFact f = fws.get(i);
            key.add(f.value());
            List<String> ids = f.frameworkIds();
            for (int j = 0; j < ids.size(); j++) {
                String id = ids.get(j);
                if (!fwIds.contains(id)) {
                    fwIds.add(id);
                }
                Framework fw = frameworks.get(id);
                if (fw != null) {
                    key.add(fw.name());
                }
            }
        }
        List<TextFact> projects = c.openSourceProjects();
        for (int i = 0; i < projects.size(); i++) {
            key.add(projects.get(i).valueUtf8());
        }
        List<Quote> quotes = c.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            key.add(quotes.get(i).textUtf8());
        }
        String industry = c.industry() == null ? "" : label(c.industry().valueUtf8());
        String country = c.headquartersCountry() == null ? "" : label(c.headquartersCountry().valueUtf8());
        Integer year = c.pythonAdoption() == null ? null : c.pythonAdoption().year();
        List<String> cited = new ArrayList<>(8);
        int verified = visitFacts(c, cited);
        String searchKey = key.toString();
        return new Entry(c, searchKey, useCaseSets.computeIfAbsent(useCases, Collections::unmodifiableSet),
                OrderedSet.of(fwIds), industry, country, year, verified, SearchMask.of(searchKey), cited);
    }

    private static final ThreadLocal<SearchKey> SEARCH_KEYS = ThreadLocal.withInitial(SearchKey::new);

    /**
     * A company's search key as it is built: each part lower-cased as {@link String#toLowerCase(Locale)} with
     * {@link Locale#ROOT} would. ASCII parts (nearly all) go byte by byte into a buffer, UTF-8 ones without being
     * decoded; from the first part outside ASCII on, the key is built as chars. One per thread, reused from company
     * to company.
     */
    private static final class SearchKey {
        private byte[] ascii = new byte[2048];
        private int length;
        /** The key as chars, once a part outside ASCII was added; else null. */
        private StringBuilder wide;

        SearchKey start() {
            length = 0;
            wide = null;
            return this;
        }

        void add(String part) {
            int n = part.length();
            if (wide == null) {
                for (int i = 0; i < n; i++) {
                    if (part.charAt(i) >= 0x80) {
                        widen();
                        break;
                    }
                }
            }
            if (wide != null) {
                wide.append(part.toLowerCase(Locale.ROOT)).append('\n');
                return;
            }
            byte[] b = room(n + 1);
            int at = length;
            for (int i = 0; i < n; i++) {
                b[at + i] = lower((byte) part.charAt(i));
            }
            b[at + n] = '\n';
            length = at + n + 1;
        }

        void add(byte[] utf8) {
            if (wide == null) {
                for (byte c : utf8) {
                    if (c < 0) {
                        widen();
                        break;
                    }
                }
            }
            if (wide != null) {
                add(Utf8Text.decode(utf8));
                return;
            }
            int n = utf8.length;
            byte[] b = room(n + 1);
            int at = length;
            for (int i = 0; i < n; i++) {
                b[at + i] = lower(utf8[i]);
            }
            b[at + n] = '\n';
            length = at + n + 1;
        }

        private static byte lower(byte c) {
            return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
        }

        private byte[] room(int n) {
            if (length + n > ascii.length) {
                ascii = Arrays.copyOf(ascii, Math.max(ascii.length * 2, length + n));
            }
            return ascii;
        }

        private void widen() {
            wide = new StringBuilder(length + 256).append(new String(ascii, 0, length, StandardCharsets.ISO_8859_1));
        }

        @Override
        public String toString() {
            return wide != null ? wide.toString() : new String(ascii, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** The one instance of an industry or country name; decoded only the first time each name is met. */
    private String label(byte[] utf8) {
        Utf8Label key = new Utf8Label(utf8);
        String first = labels.get(key);
        if (first != null) {
            return first;
        }
        String value = Utf8Text.decode(utf8);
        first = labels.putIfAbsent(key, value);
        return first == null ? value : first;
    }

    /** UTF-8 bytes as a map key: equal by content. The facts share one array per industry or country. */
    private record Utf8Label(byte[] utf8) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Utf8Label l && (l.utf8 == utf8 || Arrays.equals(l.utf8, utf8));
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(utf8);
        }
    }

    /**
     * One pass over the company's facts, as {@link Company#facts()} lists them but without building that list:
     * adds the distinct sources they cite to {@code cited} and returns how many facts are verified.
     */
    private static int visitFacts(Company c, List<String> cited) {
        return visit(c.industry(), cited) + visit(c.headquartersCountry(), cited) + visit(c.founded(), cited)
                + visit(c.pythonAdoption(), cited) + visitAll(c.useCases(), cited) + visitAll(c.frameworks(), cited)
                + visitAll(c.openSourceProjects(), cited) + visitAll(c.otherLanguages(), cited)
                + visitAll(c.figures(), cited) + visitAll(c.quotes(), cited) + visitAll(c.notableFacts(), cited)
                + visitAll(c.alternativesConsidered(), cited) + visitAll(c.painPoints(), cited);
    }

    private static int visitAll(List<? extends Fact> facts, List<String> cited) {
        int verified = 0;
        for (int i = 0; i < facts.size(); i++) {
            verified += visit(facts.get(i), cited);
        }
        return verified;
    }

    /** Adds the sources the fact cites, and returns 1 when it is verified; a missing fact adds nothing. */
    private static int visit(Fact f, List<String> cited) {
        if (f == null) {
            return 0;
        }
        Provenance p = f.provenance();
        List<String> ids = p.sourceIds();
        for (int i = 0; i < ids.size(); i++) {
            String s = ids.get(i);
            if (!cited.contains(s)) {
                cited.add(s);
            }
        }
        return p.verified() ? 1 : 0;
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
