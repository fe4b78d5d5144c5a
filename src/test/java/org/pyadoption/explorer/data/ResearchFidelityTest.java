package org.pyadoption.explorer.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FoundedYear;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCaseFact;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every fact of the research the bundled dataset was built from is in the dataset unchanged: same wording, same
 * source address, same verified flag, confidence, mirror, date and number. Runs where the research file is at hand.
 */
class ResearchFidelityTest {

    private static final List<Path> RESEARCH_FILES = List.of(
            Path.of("/work/shared/research/companies-facts.json"),
            Path.of("..", "shared", "research", "companies-facts.json"));

    /** The research's source types, as the dataset's source kinds. */
    private static final Map<String, String> KIND_OF_SOURCE_TYPE = Map.of(
            "primary", "primary",
            "secondary", "secondary",
            "memory", "general-knowledge",
            "client-source-document", "founding-document-claim");

    private static JsonArray research;
    private static LoadedDataset bundled;

    @BeforeAll
    static void load() throws Exception {
        Path file = RESEARCH_FILES.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(file != null, "research file companies-facts.json not found at " + RESEARCH_FILES
                + "; the comparison with the research is skipped");
        research = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray();
        bundled = new DatasetLoader().loadBundled();
    }

    @Test
    void sameCompaniesInTheSameOrder() {
        List<String> researchIds = new ArrayList<>();
        List<String> researchNames = new ArrayList<>();
        research.forEach(c -> {
            researchIds.add(c.getAsJsonObject().get("id").getAsString());
            researchNames.add(c.getAsJsonObject().get("name").getAsString());
        });

        assertThat(bundled.dataset().companies()).extracting(Company::id).containsExactlyElementsOf(researchIds);
        assertThat(bundled.dataset().companies()).extracting(Company::name).containsExactlyElementsOf(researchNames);
    }

    @Test
    void everyResearchFactIsInTheDatasetUnchanged() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (JsonElement element : research) {
            JsonObject r = element.getAsJsonObject();
            String id = r.get("id").getAsString();
            Company c = bundled.index().company(id).orElseThrow(() -> new AssertionError("no company " + id))
                    .company();
            compared += compare(id + ".industry", single(r, "industry"), single(c.industry()), differences);
            compared += compare(id + ".headquarters_country", single(r, "headquarters_country"),
                    single(c.headquartersCountry()), differences);
            compared += compare(id + ".founded_year", single(r, "founded_year"), single(c.founded()), differences);
            compared += compare(id + ".python_adoption", single(r, "python_adoption"), single(c.pythonAdoption()),
                    differences);
            compared += compare(id + ".use_case_areas", list(r, "use_case_areas"), c.useCases(), differences);
            compared += compare(id + ".frameworks_libraries", list(r, "frameworks_libraries"), c.frameworks(),
                    differences);
            compared += compare(id + ".open_source_projects", list(r, "open_source_projects"),
                    c.openSourceProjects(), differences);
            compared += compare(id + ".other_languages", list(r, "other_languages"), c.otherLanguages(),
                    differences);
            compared += compare(id + ".quantitative_figures", list(r, "quantitative_figures"), c.figures(),
                    differences);
            compared += compare(id + ".quotes", list(r, "quotes"), c.quotes(), differences);
            compared += compare(id + ".notable_facts", list(r, "notable_facts"), c.notableFacts(), differences);
            if (!c.alternativesConsidered().isEmpty() || !c.painPoints().isEmpty()) {
                differences.add(id + ": has alternatives or pain points the research does not have");
            }
        }

        assertThat(differences).isEmpty();
        assertThat(compared).isEqualTo(431);
        assertThat(bundled.dataset().factCount()).isEqualTo(compared);
    }

    /** Compares facts pairwise; returns how many were compared. */
    private static int compare(String where, List<JsonObject> expected, List<? extends Fact> actual,
                               List<String> differences) {
        if (expected.size() != actual.size()) {
            differences.add(where + ": research has " + expected.size() + " facts, dataset " + actual.size());
            return 0;
        }
        for (int i = 0; i < expected.size(); i++) {
            compareFact(where + "[" + i + "]", expected.get(i), actual.get(i), differences);
        }
        return expected.size();
    }

    private static void compareFact(String where, JsonObject r, Fact f, List<String> differences) {
        Provenance p = f.provenance();
        check(differences, where, "value", text(r, r.has("text") ? "text" : "value"), valueOf(f));
        check(differences, where, "source_url", text(r, "source_url"), sourceUrl(p));
        check(differences, where, "source count", 1, p.sourceIds().size());
        check(differences, where, "source_type", KIND_OF_SOURCE_TYPE.get(text(r, "source_type")), kindOf(p));
        check(differences, where, "verified", r.get("verified").getAsBoolean(), p.verified());
        check(differences, where, "confidence", text(r, "confidence"),
                p.confidence() == null ? null : p.confidence().id());
        check(differences, where, "seen_at", text(r, "seen_at"), p.seenAt());
        check(differences, where, "note", text(r, "note"), p.note());
        check(differences, where, "as_of", text(r, "as_of"), asOf(f));
        String metric = text(r, "metric");
        Figure figure = f instanceof Figure fig ? fig : null;
        check(differences, where, "metric", metric == null ? null : metric.replace('_', '-'),
                figure == null ? null : figure.metric());
        check(differences, where, "number", r.has("number") ? r.get("number").getAsDouble() : null,
                figure == null ? null : figure.number());
        check(differences, where, "unit", text(r, "unit"), figure == null ? null : figure.unit());
        if (f instanceof Quote q) {
            check(differences, where, "speaker", text(r, "speaker"), q.speaker());
            check(differences, where, "verbatim", r.get("verbatim").getAsBoolean(), q.verbatim());
        }
    }

    private static void check(List<String> differences, String where, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(where + "." + field + ": research says <" + expected + ">, dataset says <" + actual + ">");
        }
    }

    /** The fact's wording as the research writes it; founding years and use cases are plain values there. */
    private static String valueOf(Fact f) {
        if (f instanceof FoundedYear y) {
            return Integer.toString(y.year());
        }
        if (f instanceof UseCaseFact u) {
            return u.useCase().id();
        }
        if (f instanceof Adoption a) {
            return a.text();
        }
        if (f instanceof Quote q) {
            return q.text();
        }
        return f.text();
    }

    private static String asOf(Fact f) {
        if (f instanceof TextFact t) {
            return t.asOf();
        }
        if (f instanceof LanguageFact l) {
            return l.asOf();
        }
        if (f instanceof Figure g) {
            return g.asOf();
        }
        if (f instanceof Quote q) {
            return q.asOf();
        }
        return null;
    }

    private static String sourceUrl(Provenance p) {
        Source s = bundled.index().source(p.sourceIds().get(0)).orElse(null);
        return s == null ? "(unknown source)" : s.url();
    }

    /** The kind of evidence: the fact's own when it differs from its source's, else its first source's. */
    private static String kindOf(Provenance p) {
        if (p.evidence() != null) {
            return p.evidence().id();
        }
        return bundled.index().source(p.sourceIds().get(0)).map(s -> s.kind().id()).orElse("(unknown source)");
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<JsonObject> single(JsonObject company, String field) {
        JsonElement e = company.get(field);
        return e == null || e.isJsonNull() ? List.of() : List.of(e.getAsJsonObject());
    }

    private static List<Fact> single(Fact f) {
        return f == null ? List.of() : List.of(f);
    }

    private static List<JsonObject> list(JsonObject company, String field) {
        JsonElement e = company.get(field);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        List<JsonObject> out = new ArrayList<>();
        e.getAsJsonArray().forEach(x -> out.add(x.getAsJsonObject()));
        return out;
    }
}
