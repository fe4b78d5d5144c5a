package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FoundedYear;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.TextFact;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that need the whole file: ids that must exist or be unique, ranges, links and sums. Problems carry the
 * JSON path of the offending value; {@link JsonLocator} adds line:column afterwards.
 */
final class DatasetValidator {

    static final int SUPPORTED_FORMAT = 1;
    /** Python's first release was in 1991; work on it began in December 1989. */
    static final int FIRST_PYTHON_YEAR = 1989;
    static final int FIRST_FOUNDING_YEAR = 1600;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern AS_OF = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(\\d{4}))?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ProblemCollector problems;
    private final int currentYear;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Framework> frameworks = new HashMap<>();

    DatasetValidator(ProblemCollector problems, int currentYear) {
        this.problems = problems;
        this.currentYear = currentYear;
    }

    void validate(Dataset d) {
        info(d);
        List<Source> srcs = d.sources();
        for (int i = 0; i < srcs.size(); i++) {
            source(srcs.get(i), "$.sources[" + i + "]");
        }
        List<Framework> fws = d.frameworks();
        for (int i = 0; i < fws.size(); i++) {
            Framework f = fws.get(i);
            String p = "$.frameworks[" + i + "]";
            id(f.id(), p + ".id", "framework", frameworks.putIfAbsent(f.id(), f) != null);
            notBlank(f.name(), p + ".name", "framework name");
        }
        Map<String, Integer> companyIds = new HashMap<>();
        List<Company> cs = d.companies();
        for (int i = 0; i < cs.size(); i++) {
            Company c = cs.get(i);
            String p = "$.companies[" + i + "]";
            id(c.id(), p + ".id", "company", companyIds.putIfAbsent(c.id(), i) != null);
            company(c, p);
        }
    }

    private void info(Dataset d) {
        int v = d.info().formatVersion();
        if (v != SUPPORTED_FORMAT) {
            problems.add("$.formatVersion", "format version " + v + " is not supported; this app reads version "
                    + SUPPORTED_FORMAT);
        }
        if (d.info().title() != null) {
            notBlank(d.info().title(), "$.title", "title");
        }
        String asOf = d.info().asOf();
        if (asOf != null && !DATE.matcher(asOf).matches()) {
            problems.add("$.asOf", "expected a date as YYYY-MM-DD, found \"" + JsonCursor.abbreviate(asOf) + "\"");
        }
    }

    private void source(Source s, String p) {
        id(s.id(), p + ".id", "source", sources.putIfAbsent(s.id(), s) != null);
        if (s.url() == null) {
            if (s.kind().isDocumentary()) {
                problems.add(p, "a " + s.kind().id() + " source needs a \"url\"");
            }
        } else if (!isWebAddress(s.url())) {
            problems.add(p + ".url", "expected an http or https address, found \"" + JsonCursor.abbreviate(s.url())
                    + "\"");
        }
        if (s.title() != null) {
            notBlank(s.title(), p + ".title", "source title");
        }
        if (s.dateRead() != null && !DATE.matcher(s.dateRead()).matches()) {
            problems.add(p + ".dateRead", "expected a date as YYYY-MM-DD, found \""
                    + JsonCursor.abbreviate(s.dateRead()) + "\"");
        }
    }

    private void company(Company c, String p) {
        notBlank(c.name(), p + ".name", "company name");
        text(c.industry(), p + ".industry");
        text(c.headquartersCountry(), p + ".headquartersCountry");
        FoundedYear founded = c.founded();
        if (founded != null) {
            provenance(founded, p + ".founded");
            year(founded.year(), FIRST_FOUNDING_YEAR, p + ".founded.year");
        }
        Adoption a = c.pythonAdoption();
        if (a != null) {
            provenance(a, p + ".pythonAdoption");
            notBlank(a.text(), p + ".pythonAdoption.text", "adoption text");
            if (a.year() != null) {
                year(a.year(), FIRST_PYTHON_YEAR, p + ".pythonAdoption.year");
            }
        }
        each(c.useCases(), p + ".useCases");
        List<FrameworkFact> fws = c.frameworks();
        for (int i = 0; i < fws.size(); i++) {
            String fp = p + ".frameworks[" + i + "]";
            provenance(fws.get(i), fp);
            notBlank(fws.get(i).value(), fp + ".value", "framework fact");
            List<String> ids = fws.get(i).frameworkIds();
            if (ids.isEmpty()) {
                problems.add(fp + ".frameworkIds", "name at least one framework id");
            }
            for (int j = 0; j < ids.size(); j++) {
                if (!frameworks.containsKey(ids.get(j))) {
                    problems.add(fp + ".frameworkIds[" + j + "]", "unknown framework id \""
                            + JsonCursor.abbreviate(ids.get(j)) + "\"; add it to $.frameworks");
                }
            }
        }
        texts(c.openSourceProjects(), p + ".openSourceProjects");
        languages(c.otherLanguages(), p + ".otherLanguages");
        figures(c.figures(), p + ".figures");
        List<Quote> quotes = c.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            String qp = p + ".quotes[" + i + "]";
            Quote q = quotes.get(i);
            provenance(q, qp);
            notBlank(q.text(), qp + ".text", "quote");
            notBlank(q.speaker(), qp + ".speaker", "speaker");
            asOf(q.asOf(), qp + ".asOf");
        }
        texts(c.notableFacts(), p + ".notableFacts");
        texts(c.alternativesConsidered(), p + ".alternativesConsidered");
        texts(c.painPoints(), p + ".painPoints");
    }

    private void languages(List<LanguageFact> langs, String p) {
        double sum = 0;
        boolean anyShare = false;
        for (int i = 0; i < langs.size(); i++) {
            LanguageFact l = langs.get(i);
            String lp = p + "[" + i + "]";
            provenance(l, lp);
            notBlank(l.value(), lp + ".value", "language");
            asOf(l.asOf(), lp + ".asOf");
            if (l.sharePercent() != null) {
                anyShare = true;
                sum += l.sharePercent();
                percent(l.sharePercent(), lp + ".sharePercent");
            }
        }
        if (anyShare && sum > 100.0 + 1e-9) {
            problems.add(p, "the language shares add up to " + format(sum) + "%, more than 100%");
        }
    }

    private void figures(List<Figure> figures, String p) {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String fp = p + "[" + i + "]";
            provenance(f, fp);
            notBlank(f.value(), fp + ".value", "figure");
            asOf(f.asOf(), fp + ".asOf");
            if (f.metric() != null && !ID.matcher(f.metric()).matches()) {
                problems.add(fp + ".metric", "expected a lower-kebab metric id like share-of-services-in-python, "
                        + "found \"" + JsonCursor.abbreviate(f.metric()) + "\"");
            }
            if (f.isPercentage() && f.number() != null) {
                percent(f.number(), fp + ".number");
            }
        }
    }

    private void texts(List<TextFact> facts, String p) {
        for (int i = 0; i < facts.size(); i++) {
            text(facts.get(i), p + "[" + i + "]");
        }
    }

    private void text(TextFact f, String p) {
        if (f == null) {
            return;
        }
        provenance(f, p);
        notBlank(f.value(), p + ".value", "fact");
        asOf(f.asOf(), p + ".asOf");
    }

    private void each(List<? extends Fact> facts, String p) {
        for (int i = 0; i < facts.size(); i++) {
            provenance(facts.get(i), p + "[" + i + "]");
        }
    }

    private void provenance(Fact f, String p) {
        List<String> ids = f.provenance().sourceIds();
        if (ids.isEmpty()) {
            problems.add(p + ".sources", "a fact needs at least one source");
            return;
        }
        boolean documented = false;
        for (int i = 0; i < ids.size(); i++) {
            Source s = sources.get(ids.get(i));
            if (s == null) {
                problems.add(p + ".sources[" + i + "]", "unknown source id \"" + JsonCursor.abbreviate(ids.get(i))
                        + "\"; add it to $.sources");
            } else if (s.hasUrl()) {
                documented = true;
            }
        }
        if (f.verified() && !documented && allKnown(ids)) {
            problems.add(p + ".verified", "a verified fact needs a source with an address; mark it "
                    + "\"verified\": false or cite the document it was read in");
        }
        String seenAt = f.provenance().seenAt();
        if (seenAt != null && seenAt.isBlank()) {
            problems.add(p + ".seenAt", "expected where the text was read, found an empty string");
        }
    }

    private boolean allKnown(List<String> ids) {
        for (String id : ids) {
            if (!sources.containsKey(id)) {
                return false;
            }
        }
        return true;
    }

    private void id(String id, String p, String what, boolean duplicate) {
        if (!ID.matcher(id).matches()) {
            problems.add(p, "expected a lower-kebab " + what + " id like \"spotify\" or \"bank-of-america\", found \""
                    + JsonCursor.abbreviate(id) + "\"");
        }
        if (duplicate) {
            problems.add(p, "duplicate " + what + " id \"" + JsonCursor.abbreviate(id) + "\"");
        }
    }

    private void year(int year, int first, String p) {
        if (year < first || year > currentYear) {
            problems.add(p, "expected a year from " + first + " to " + currentYear + ", found " + year);
        }
    }

    private void asOf(String asOf, String p) {
        if (asOf == null) {
            return;
        }
        Matcher m = AS_OF.matcher(asOf);
        if (!m.matches()) {
            problems.add(p, "expected a date as YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-YYYY, found \""
                    + JsonCursor.abbreviate(asOf) + "\"");
            return;
        }
        year(Integer.parseInt(m.group(1)), FIRST_PYTHON_YEAR, p);
        if (m.group(4) != null) {
            year(Integer.parseInt(m.group(4)), FIRST_PYTHON_YEAR, p);
        }
        if (m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12)) {
            problems.add(p, "expected a month from 01 to 12 in \"" + asOf + "\"");
        }
    }

    private void percent(double value, String p) {
        if (value < 0 || value > 100) {
            problems.add(p, "expected a percentage from 0 to 100, found " + format(value));
        }
    }

    private void notBlank(String s, String p, String what) {
        if (s == null || s.isBlank()) {
            problems.add(p, "the " + what + " is empty");
        }
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
