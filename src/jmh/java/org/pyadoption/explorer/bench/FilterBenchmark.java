package org.pyadoption.explorer.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.model.UseCase;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One keystroke in the catalog's search box over 100,000 companies: the query is lower-cased and split, and every
 * company is tested with the catalog predicate ({@link IndexedCompany#matches} plus facet set membership), collecting
 * the matches as a FilteredList would. {@code typing} cycles through the prefixes of a typed query; {@code noMatch}
 * is the slowest case, a term no company has, so every search key is scanned to its end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class FilterBenchmark {

    private static final String TYPED = "django machine learning platform";

    @Param({"100000"})
    int companies;

    /** none: text only; some: one use case and two frameworks ticked; all: every facet kind ticked. */
    @Param({"none", "some", "all"})
    String facets;

    private DatasetIndex index;
    private Set<UseCase> useCases;
    private Set<String> frameworks;
    private Set<String> industries;
    private Set<String> countries;
    private String[] keystrokes;
    private int next;

    @Setup
    public void setUp() throws Exception {
        index = new DatasetLoader().load(BenchData.file(companies)).index();
        useCases = facets.equals("none") ? Set.of() : EnumSet.of(UseCase.MACHINE_LEARNING, UseCase.WEB_BACKEND);
        frameworks = facets.equals("none") ? Set.of() : Set.of("django", "flask");
        industries = facets.equals("all") ? Set.copyOf(new ArrayList<>(index.industries()).subList(0, 10)) : Set.of();
        countries = facets.equals("all") ? Set.of("United States", "Germany") : Set.of();
        keystrokes = new String[TYPED.length()];
        for (int i = 0; i < keystrokes.length; i++) {
            keystrokes[i] = TYPED.substring(0, i + 1);
        }
    }

    @Benchmark
    public List<IndexedCompany> typing() {
        String query = keystrokes[next];
        next = (next + 1) % keystrokes.length;
        return filter(query);
    }

    @Benchmark
    public List<IndexedCompany> noMatch() {
        return filter("zzyzx");
    }

    private List<IndexedCompany> filter(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        String[] terms = q.isEmpty() ? new String[0] : q.split("\\s+");
        List<IndexedCompany> all = index.companies();
        List<IndexedCompany> shown = new ArrayList<>();
        for (IndexedCompany c : all) {
            if (c.matches(terms)
                    && (useCases.isEmpty() || !disjoint(useCases, c.useCases()))
                    && (frameworks.isEmpty() || !disjoint(frameworks, c.frameworkIds()))
                    && (industries.isEmpty() || industries.contains(c.industry()))
                    && (countries.isEmpty() || countries.contains(c.country()))) {
                shown.add(c);
            }
        }
        return shown;
    }

    private static <T> boolean disjoint(Set<T> wanted, Set<T> has) {
        for (T t : has) {
            if (wanted.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
