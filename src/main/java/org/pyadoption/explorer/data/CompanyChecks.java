package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FoundedYear;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.Utf8Text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one company against a dataset's source and framework tables: the sources its facts cite, texts that
 * must not be blank, years, dates, percentages and sums. {@link DatasetValidator} runs them after reading, and each
 * reading thread as it reads a company ({@link IndexEntries#checker}). Keeps the dates found valid: one per thread.
 */
final class CompanyChecks {

    private static final Pattern AS_OF = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(\\d{4}))?");

    private final Map<String, Source> sources;
    private final Map<String, Framework> frameworks;
    private final int currentYear;
    /** Where problems at tracked paths go; null for a checker that only tells whether a company passes. */
    private final ProblemCollector problems;
    /** The "asOf" values already found valid. */
    private final Set<String> validAsOf = new HashSet<>();
    /** Problems found on the {@link JsonPath#UNTRACKED} path, which are counted, not reported. */
    private int untracked;

    /** Checks against the tables by id ({@code sources}, {@code frameworks}), reporting to {@code problems}. */
    CompanyChecks(Map<String, Source> sources, Map<String, Framework> frameworks, int currentYear,
                  ProblemCollector problems) {
        this.sources = sources;
        this.frameworks = frameworks;
        this.currentYear = currentYear;
        this.problems = problems;
    }

    /**
     * A checker that only tells whether a company passes ({@link #passes}), against the tables as read; of ids that
     * repeat, the first entry counts, as in {@link DatasetValidator}.
     */
    static CompanyChecks ofTables(List<Source> sources, List<Framework> frameworks, int currentYear) {
        Map<String, Source> sourceById = new HashMap<>();
        for (Source s : sources) {
            if (s != null) {
                sourceById.putIfAbsent(s.id(), s);
            }
        }
        Map<String, Framework> frameworkById = new HashMap<>();
        for (Framework f : frameworks) {
            if (f != null) {
                frameworkById.putIfAbsent(f.id(), f);
            }
        }
        return new CompanyChecks(sourceById, frameworkById, currentYear, null);
    }

    /** True when the checks of the company find nothing. */
    boolean passes(Company c) {
        int before = untracked;
        company(c, JsonPath.UNTRACKED);
        return untracked == before;
    }

    /**
     * Checks the company at {@code p} and reports its problems: first without paths, which would be made for each
     * of its facts, and again with them only when there is something to report.
     */
    void check(Company c, JsonPath p) {
        if (!passes(c)) {
            company(c, p);
        }
    }

    private void company(Company c, JsonPath p) {
        notBlank(c.name(), p, "name", "company name");
        text(c.industry(), p.field("industry"));
        text(c.headquartersCountry(), p.field("headquartersCountry"));
        FoundedYear founded = c.founded();
        if (founded != null) {
            JsonPath fp = p.field("founded");
            provenance(founded, fp);
            year(founded.year(), DatasetValidator.FIRST_FOUNDING_YEAR, fp, "year");
        }
        Adoption a = c.pythonAdoption();
        if (a != null) {
            JsonPath ap = p.field("pythonAdoption");
            provenance(a, ap);
            notBlank(a.textBlock(), a.textSpan(), ap, "text", "adoption text");
            if (a.year() != null) {
                year(a.year(), DatasetValidator.FIRST_PYTHON_YEAR, ap, "year");
            }
        }
        if (!c.useCases().isEmpty()) {
            each(c.useCases(), p.field("useCases"));
        }
        List<FrameworkFact> fws = c.frameworks();
        JsonPath fwsPath = fws.isEmpty() ? null : p.field("frameworks");
        for (int i = 0; i < fws.size(); i++) {
            JsonPath fp = fwsPath.index(i);
            provenance(fws.get(i), fp);
            notBlank(fws.get(i).value(), fp, "value", "framework fact");
            List<String> ids = fws.get(i).frameworkIds();
            if (ids.isEmpty()) {
                report(fp.field("frameworkIds"), "name at least one framework id");
            }
            for (int j = 0; j < ids.size(); j++) {
                if (!frameworks.containsKey(ids.get(j))) {
                    report(fp.field("frameworkIds").index(j), "unknown framework id \""
                            + JsonCursor.abbreviate(ids.get(j)) + "\"; add it to $.frameworks");
                }
            }
        }
        texts(c.openSourceProjects(), p, "openSourceProjects");
        if (!c.otherLanguages().isEmpty()) {
            languages(c.otherLanguages(), p.field("otherLanguages"));
        }
        if (!c.figures().isEmpty()) {
            figures(c.figures(), p.field("figures"));
        }
        List<Quote> quotes = c.quotes();
        JsonPath quotesPath = quotes.isEmpty() ? null : p.field("quotes");
        for (int i = 0; i < quotes.size(); i++) {
            JsonPath qp = quotesPath.index(i);
            Quote q = quotes.get(i);
            provenance(q, qp);
            notBlank(q.textBlock(), q.textSpan(), qp, "text", "quote");
            notBlank(q.speakerBlock(), q.speakerSpan(), qp, "speaker", "speaker");
            asOf(q.asOf(), qp);
        }
        texts(c.notableFacts(), p, "notableFacts");
        texts(c.alternativesConsidered(), p, "alternativesConsidered");
        texts(c.painPoints(), p, "painPoints");
    }

    private void languages(List<LanguageFact> langs, JsonPath p) {
        double sum = 0;
        boolean anyShare = false;
        for (int i = 0; i < langs.size(); i++) {
            LanguageFact l = langs.get(i);
            JsonPath lp = p.index(i);
            provenance(l, lp);
            notBlank(l.value(), lp, "value", "language");
            asOf(l.asOf(), lp);
            if (l.sharePercent() != null) {
                anyShare = true;
                sum += l.sharePercent();
                percent(l.sharePercent(), lp, "sharePercent");
            }
        }
        if (anyShare && sum > 100.0 + 1e-9) {
            report(p, "the language shares add up to " + format(sum) + "%, more than 100%");
        }
    }

    private void figures(List<Figure> figures, JsonPath p) {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            JsonPath fp = p.index(i);
            provenance(f, fp);
            notBlank(f.valueBlock(), f.valueSpan(), fp, "value", "figure");
            asOf(f.asOf(), fp);
            if (f.metric() != null && !DatasetValidator.isId(f.metric())) {
                report(fp.field("metric"), "expected a lower-kebab metric id like share-of-services-in-python, "
                        + "found \"" + JsonCursor.abbreviate(f.metric()) + "\"");
            }
            if (f.isPercentage() && f.number() != null) {
                percent(f.number(), fp, "number");
            }
        }
    }

    /** The text facts in field {@code field} of the company at {@code company}. */
    private void texts(List<TextFact> facts, JsonPath company, String field) {
        if (facts.isEmpty()) {
            return;
        }
        JsonPath p = company.field(field);
        for (int i = 0; i < facts.size(); i++) {
            text(facts.get(i), p.index(i));
        }
    }

    private void text(TextFact f, JsonPath p) {
        if (f == null) {
            return;
        }
        provenance(f, p);
        notBlank(f.valueBlock(), f.valueSpan(), p, "value", "fact");
        asOf(f.asOf(), p);
    }

    private void each(List<? extends Fact> facts, JsonPath p) {
        for (int i = 0; i < facts.size(); i++) {
            provenance(facts.get(i), p.index(i));
        }
    }

    private void provenance(Fact f, JsonPath p) {
        List<String> ids = f.provenance().sourceIds();
        if (ids.isEmpty()) {
            report(p.field("sources"), "a fact needs at least one source");
            return;
        }
        boolean documented = false;
        for (int i = 0; i < ids.size(); i++) {
            Source s = sources.get(ids.get(i));
            if (s == null) {
                report(p.field("sources").index(i), "unknown source id \"" + JsonCursor.abbreviate(ids.get(i))
                        + "\"; add it to $.sources");
            } else if (s.hasUrl()) {
                documented = true;
            }
        }
        if (f.verified() && !documented && allKnown(ids)) {
            report(p.field("verified"), "a verified fact needs a source with an address; mark it "
                    + "\"verified\": false or cite the document it was read in");
        }
        Provenance prov = f.provenance();
        if (prov.seenAtBlock() != null && Utf8Text.isBlank(prov.seenAtBlock(), prov.seenAtSpan())) {
            report(p.field("seenAt"), "expected where the text was read, found an empty string");
        }
    }

    /** Reports a problem at {@code p}, or counts it when the path is not tracked. */
    void report(JsonPath p, String message) {
        if (p == JsonPath.UNTRACKED) {
            untracked++;
        } else {
            problems.add(p.toString(), message);
        }
    }

    /** Problems reported and counted so far. */
    private int reported() {
        return (problems == null ? 0 : problems.total()) + untracked;
    }

    private boolean allKnown(List<String> ids) {
        for (String id : ids) {
            if (!sources.containsKey(id)) {
                return false;
            }
        }
        return true;
    }

    private void year(int year, int first, JsonPath p) {
        if (year < first || year > currentYear) {
            report(p, "expected a year from " + first + " to " + currentYear + ", found " + year);
        }
    }

    /** Checks the value of field {@code field} of the object at {@code p}, whose path is made only for a problem. */
    private void year(int year, int first, JsonPath p, String field) {
        if (year < first || year > currentYear) {
            year(year, first, p.field(field));
        }
    }

    /** The "asOf" field of the fact at {@code p}. */
    private void asOf(String asOf, JsonPath p) {
        if (asOf == null || validAsOf.contains(asOf)) {
            return;
        }
        int before = reported();
        JsonPath at = p.field("asOf");
        Matcher m = AS_OF.matcher(asOf);
        if (!m.matches()) {
            report(at, "expected a date as YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-YYYY, found \""
                    + JsonCursor.abbreviate(asOf) + "\"");
            return;
        }
        year(Integer.parseInt(m.group(1)), DatasetValidator.FIRST_PYTHON_YEAR, at);
        if (m.group(4) != null) {
            year(Integer.parseInt(m.group(4)), DatasetValidator.FIRST_PYTHON_YEAR, at);
        }
        if (m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12)) {
            report(at, "expected a month from 01 to 12 in \"" + asOf + "\"");
        }
        if (reported() == before) {
            validAsOf.add(asOf); // dates repeat through a file: each is parsed once
        }
    }

    private void percent(double value, JsonPath p, String field) {
        if (value < 0 || value > 100) {
            report(p.field(field), "expected a percentage from 0 to 100, found " + format(value));
        }
    }

    private void notBlank(byte[] block, long span, JsonPath p, String field, String what) {
        if (block == null || Utf8Text.isBlank(block, span)) {
            report(p.field(field), "the " + what + " is empty");
        }
    }

    private void notBlank(String s, JsonPath p, String field, String what) {
        if (s == null || s.isBlank()) {
            notBlank(s, p.field(field), what);
        }
    }

    void notBlank(String s, JsonPath p, String what) {
        if (s == null || s.isBlank()) {
            report(p, "the " + what + " is empty");
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
