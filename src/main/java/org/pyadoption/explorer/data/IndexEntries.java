package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Provenance;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index holds for each company on its own: its search key and mask, its use cases, frameworks, industry,
 * country and adoption year, its verified facts and the sources it cites. The reader makes each company's entry
 * right after reading the company, while its records are still in the processor's caches: made afterwards, every
 * company had to be fetched from memory again. {@link DatasetIndex} takes the entries that are for its companies
 * and makes any that are missing. Safe for several threads: both reading threads make entries with one of these.
 */
final class IndexEntries {

    /** The framework table the entries were made with: a company's search key holds its frameworks' names. */
    private final List<Framework> frameworkList;
    private final Map<String, Framework> frameworks = new HashMap<>();
    /** Companies share one of at most 2^10 sets of use cases. */
    private final Map<Set<UseCase>, Set<UseCase>> useCaseSets = new ConcurrentHashMap<>();
    /**
     * One instance per industry and country: the facts keep them as UTF-8 bytes, so each reading is a new string,
     * and 100,000 companies would otherwise keep 200,000 copies of a few dozen names.
     */
    private final Map<Utf8Label, String> labels = new ConcurrentHashMap<>();
    /** The source table the companies are checked with as they are read, or null when they are not checked. */
    private final List<Source> sourceList;
    /** The current year of those checks. */
    private final int checkYear;

    IndexEntries(List<Framework> frameworkList) {
        this(frameworkList, null, 0);
    }

    /**
     * Entries made with {@code frameworkList}; with {@code sourceList}, the companies are also checked as they are
     * read (see {@link #checker()}), in {@code checkYear}.
     */
    IndexEntries(List<Framework> frameworkList, List<Source> sourceList, int checkYear) {
        this.frameworkList = frameworkList;
        this.sourceList = sourceList;
        this.checkYear = checkYear;
        for (Framework f : frameworkList) {
            frameworks.put(f.id(), f);
        }
    }

    /**
     * A checker of single companies against the tables these entries were made with, for one reading thread; null
     * when companies are not checked while reading. A company that passes is not checked again after reading
     * (see {@link Made#passed}), when the dataset has the same tables.
     */
    CompanyChecks checker() {
        return sourceList == null ? null : CompanyChecks.ofTables(sourceList, frameworkList, checkYear);
    }

    /** True when these entries are right for the dataset: made with its framework table. */
    boolean isFor(Dataset d) {
        return frameworkList == d.frameworks();
    }

    /** The entries made while reading, in the order of the companies read, null where none was made. */
    record Made(IndexEntries maker, List<Entry> entries) {

        /**
         * Puts the entries that are for the dataset's companies in {@code out}, and returns how many companies have
         * none.
         */
        int take(Dataset d, Entry[] out) {
            List<Company> cs = d.companies();
            if (!maker.isFor(d) || entries.size() != cs.size()) {
                return cs.size();
            }
            int missing = 0;
            for (int i = 0; i < out.length; i++) {
                Entry e = entries.get(i);
                if (e != null && e.c() == cs.get(i)) {
                    out[i] = e;
                } else {
                    missing++;
                }
            }
            return missing;
        }

        /**
         * True when the companies were checked while reading with the dataset's own tables, in {@code year}; then
         * {@link #passed} tells which passed.
         */
        boolean checkedFor(Dataset d, int year) {
            return maker.isFor(d) && maker.sourceList == d.sources() && maker.checkYear == year
                    && entries.size() == d.companies().size();
        }

        /** True when company {@code i} of the dataset passed its checks while it was read (see {@link #checkedFor}). */
        boolean passed(Dataset d, int i) {
            Entry e = entries.get(i);
            return e != null && e.checked() && e.c() == d.companies().get(i);
        }
    }

    /** What a company's index entry is made of, and the distinct sources its facts cite. */
    record Entry(Company c, String searchKey, Set<UseCase> useCases, Set<String> frameworkIds, String industry,
                 String country, Integer adoptionYear, int sourcedFactCount, SearchMask searchMask,
                 List<String> citedSources, int factCount, boolean checked) {

        IndexedCompany company() {
            return new IndexedCompany(c, searchKey, useCases, frameworkIds, industry, country, adoptionYear,
                    sourcedFactCount, searchMask);
        }
    }

    /** The entry of a company, made from its records alone. */
    Entry entry(Company c) {
        return entry(c, false);
    }

    /** The entry of a company; {@code checked}: it passed the checks of {@link #checker()}. */
    Entry entry(Company c, boolean checked) {
        // the key is written lower-cased as it is built; the line breaks keep words of different fields apart
        SearchKey key = SEARCH_KEYS.get().start();
        key.add(c.name());
        if (c.industry() != null) {
            key.add(c.industry().valueBlock(), c.industry().valueSpan());
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
            TextFact p = projects.get(i);
            key.add(p.valueBlock(), p.valueSpan());
        }
        List<Quote> quotes = c.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            key.add(q.textBlock(), q.textSpan());
        }
        String industry = c.industry() == null ? "" : label(c.industry());
        String country = c.headquartersCountry() == null ? "" : label(c.headquartersCountry());
        Integer year = c.pythonAdoption() == null ? null : c.pythonAdoption().year();
        List<String> cited = new ArrayList<>(8);
        int verified = visitFacts(c, cited);
        String searchKey = key.toString();
        return new Entry(c, searchKey, useCaseSets.computeIfAbsent(useCases, Collections::unmodifiableSet),
                OrderedSet.of(fwIds), industry, country, year, verified, SearchMask.of(searchKey), cited,
                c.factCount(), checked);
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

        void add(byte[] block, long span) {
            int from = Utf8Text.offset(span);
            int n = Utf8Text.length(span);
            if (wide == null) {
                for (int i = from; i < from + n; i++) {
                    if (block[i] < 0) {
                        widen();
                        break;
                    }
                }
            }
            if (wide != null) {
                add(Utf8Text.decode(block, span));
                return;
            }
            byte[] b = room(n + 1);
            int at = length;
            for (int i = 0; i < n; i++) {
                b[at + i] = lower(block[from + i]);
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
    private String label(TextFact fact) {
        Utf8Label key = new Utf8Label(fact.valueBlock(), fact.valueSpan());
        String first = labels.get(key);
        if (first != null) {
            return first;
        }
        String value = fact.value();
        first = labels.putIfAbsent(key, value);
        return first == null ? value : first;
    }

    /** A text as a map key: equal by content. The facts of a reader share one text per industry or country. */
    private record Utf8Label(byte[] block, long span) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Utf8Label l && Utf8Text.equal(block, span, l.block, l.span);
        }

        @Override
        public int hashCode() {
            return Utf8Text.hash(block, span);
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
}
