package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of a whole dataset: its format version and date, its source and framework tables, and company ids that
 * must be unique; each company's own checks are {@link CompanyChecks}'. Problems carry the JSON path of the offending
 * value; {@link JsonLocator} adds line:column afterwards.
 */
final class DatasetValidator {

    static final int SUPPORTED_FORMAT = 1;
    /** Python's first release was in 1991; work on it began in December 1989. */
    static final int FIRST_PYTHON_YEAR = 1989;
    static final int FIRST_FOUNDING_YEAR = 1600;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final JsonPath SOURCES = JsonPath.ROOT.field("sources");
    private static final JsonPath FRAMEWORKS = JsonPath.ROOT.field("frameworks");
    private static final JsonPath COMPANIES = JsonPath.ROOT.field("companies");

    private final ProblemCollector problems;
    private final int currentYear;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Framework> frameworks = new HashMap<>();
    /** The checks of each company, against the tables as this validator takes them. */
    private final CompanyChecks checks;

    DatasetValidator(ProblemCollector problems, int currentYear) {
        this.problems = problems;
        this.currentYear = currentYear;
        this.checks = new CompanyChecks(sources, frameworks, currentYear, problems);
    }

    void validate(Dataset d) {
        validate(d, null);
    }

    /**
     * Checks the dataset; the companies that passed their checks while they were read ({@code read}, when made with
     * the dataset's own tables) are not checked again.
     */
    void validate(Dataset d, IndexEntries.Made read) {
        info(d);
        List<Source> srcs = d.sources();
        for (int i = 0; i < srcs.size(); i++) {
            source(srcs.get(i), SOURCES.index(i));
        }
        List<Framework> fws = d.frameworks();
        for (int i = 0; i < fws.size(); i++) {
            Framework f = fws.get(i);
            JsonPath p = FRAMEWORKS.index(i);
            id(f.id(), p.field("id"), "framework", frameworks.putIfAbsent(f.id(), f) != null);
            checks.notBlank(f.name(), p.field("name"), "framework name");
        }
        Map<String, Integer> companyIds = new HashMap<>(capacity(d.companies().size()));
        List<Company> cs = d.companies();
        boolean checkedWhileRead = read != null && read.checkedFor(d, currentYear);
        for (int i = 0; i < cs.size(); i++) {
            Company c = cs.get(i);
            JsonPath p = COMPANIES.index(i);
            boolean duplicate = companyIds.putIfAbsent(c.id(), i) != null;
            if (duplicate || !isId(c.id())) {
                id(c.id(), p.field("id"), "company", duplicate);
            }
            if (checkedWhileRead && read.passed(d, i)) {
                continue;
            }
            checks.check(c, p);
        }
    }

    private void info(Dataset d) {
        int v = d.info().formatVersion();
        if (v != SUPPORTED_FORMAT) {
            problems.add("$.formatVersion", "format version " + v + " is not supported; this app reads version "
                    + SUPPORTED_FORMAT);
        }
        if (d.info().title() != null) {
            checks.notBlank(d.info().title(), JsonPath.ROOT.field("title"), "title");
        }
        String asOf = d.info().asOf();
        if (asOf != null && !DATE.matcher(asOf).matches()) {
            problems.add("$.asOf", "expected a date as YYYY-MM-DD, found \"" + JsonCursor.abbreviate(asOf) + "\"");
        }
    }

    private void source(Source s, JsonPath p) {
        id(s.id(), p.field("id"), "source", sources.putIfAbsent(s.id(), s) != null);
        if (s.url() == null) {
            if (s.kind().isDocumentary()) {
                checks.report(p, "a " + s.kind().id() + " source needs a \"url\"");
            }
        } else if (!WebAddress.isHttp(s.url())) {
            checks.report(p.field("url"), "expected an http or https address, found \""
                    + JsonCursor.abbreviate(s.url()) + "\"");
        }
        if (s.title() != null) {
            checks.notBlank(s.title(), p.field("title"), "source title");
        }
        if (s.dateRead() != null && !DATE.matcher(s.dateRead()).matches()) {
            checks.report(p.field("dateRead"), "expected a date as YYYY-MM-DD, found \""
                    + JsonCursor.abbreviate(s.dateRead()) + "\"");
        }
    }

    private void id(String id, JsonPath p, String what, boolean duplicate) {
        if (!isId(id)) {
            checks.report(p, "expected a lower-kebab " + what + " id like \"spotify\" or \"bank-of-america\", "
                    + "found \"" + JsonCursor.abbreviate(id) + "\"");
        }
        if (duplicate) {
            checks.report(p, "duplicate " + what + " id \"" + JsonCursor.abbreviate(id) + "\"");
        }
    }

    /** A lower-kebab id: {@code [a-z0-9]+(-[a-z0-9]+)*}, checked without a regex as it runs for every company. */
    static boolean isId(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && s.charAt(i - 1) != '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int capacity(int entries) {
        return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
    }
}
