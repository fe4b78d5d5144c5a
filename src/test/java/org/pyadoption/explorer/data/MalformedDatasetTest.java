package org.pyadoption.explorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Broken dataset files and what the user is told about them: the message, the JSON path and the line:column of every
 * problem. Each sample is the small valid dataset below with one thing broken. The JSON Schema is held to the same
 * samples: whatever it rejects, the app rejects too.
 */
class MalformedDatasetTest {

    /** "This year" for the checks that depend on it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String FILE = "sample.json";

    /** A small dataset that uses every kind of fact; one fact per line, so problems have telling line numbers. */
    private static final String VALID = """
            {
              "formatVersion": 1,
              "title": "Sample companies",
              "version": "1.0.0",
              "asOf": "2026-01-15",
              "sources": [
                {"id": "acme-blog", "url": "https://example.com/acme/python", "title": "Python at Acme", "kind": "primary"},
                {"id": "press", "url": "https://news.example.org/globex", "kind": "secondary"},
                {"id": "general-knowledge", "title": "General knowledge", "kind": "general-knowledge"},
                {"id": "founding-documents", "kind": "founding-document-claim"}
              ],
              "frameworks": [
                {"id": "django", "name": "Django"},
                {"id": "numpy", "name": "NumPy"}
              ],
              "companies": [
                {
                  "id": "acme",
                  "name": "Acme",
                  "industry": {"value": "Software", "sources": ["general-knowledge"], "verified": false},
                  "headquartersCountry": {"value": "United States", "sources": ["acme-blog"], "verified": true},
                  "founded": {"year": 1999, "sources": ["general-knowledge"], "verified": false},
                  "pythonAdoption": {"text": "Adopted Python by 2010", "year": 2010, "yearQualifier": "by", "sources": ["acme-blog"], "verified": true},
                  "useCases": [
                    {"useCase": "web-backend", "sources": ["acme-blog"], "verified": true}
                  ],
                  "frameworks": [
                    {"value": "Django", "frameworkIds": ["django"], "sources": ["acme-blog"], "verified": true}
                  ],
                  "otherLanguages": [
                    {"value": "Go", "sharePercent": 30, "sources": ["acme-blog"], "verified": true},
                    {"value": "Java", "sharePercent": 20, "asOf": "2019", "sources": ["acme-blog"], "verified": true}
                  ],
                  "figures": [
                    {"value": "80% of services in Python", "metric": "share-of-services-in-python", "number": 80, "unit": "%", "asOf": "2013", "sources": ["acme-blog"], "verified": true}
                  ],
                  "quotes": [
                    {"text": "Python lets us ship fast.", "speaker": "A. Engineer", "verbatim": true, "asOf": "2013-03", "sources": ["acme-blog"], "verified": true}
                  ],
                  "notableFacts": [
                    {"value": "Runs thousands of Python jobs a day", "sources": ["founding-documents"], "verified": false}
                  ]
                },
                {
                  "id": "globex",
                  "name": "Globex",
                  "pythonAdoption": {"text": "Uses Python for data work", "sources": ["press"], "verified": true, "seenAt": "https://mirror.example.net/globex"},
                  "useCases": [
                    {"useCase": "data-engineering", "sources": ["press"], "verified": true, "confidence": "medium"}
                  ],
                  "frameworks": [
                    {"value": "NumPy", "frameworkIds": ["numpy"], "sources": ["press"], "verified": true, "evidence": "primary"}
                  ]
                }
              ]
            }
            """;

    /** What the JSON Schema can say about a sample. */
    enum Schema {
        /** The schema rejects it on its own. */
        REJECTS,
        /** Valid as far as a schema can tell: the problem needs the whole file, the clock or the bytes. */
        CANNOT_TELL,
        /** Not JSON at all, so no schema can judge it. */
        NOT_JSON
    }

    /** A problem as the user sees it: where, and a part of what is wrong. */
    record Expected(String path, int line, int column, String message) {
    }

    /**
     * @param total the number of problems reported; {@code first} lists the first of them
     */
    record Sample(String name, byte[] bytes, Schema schema, int total, List<Expected> first) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> samples() {
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(200)).append("]".repeat(200));
        return Stream.of(
                // files that are not JSON, or not all of it
                sample("truncated JSON", VALID.substring(0, VALID.indexOf("\"companies\"")), Schema.NOT_JSON,
                        at("$.frameworks", 16, 3, "the file ends too early: is it cut off?")),
                sample("cut off inside a string", VALID.substring(0, VALID.indexOf("\"Acme\"") + 3), Schema.NOT_JSON,
                        at("$.companies[0].name", 19, 18, "not valid JSON: unterminated string")),
                sample("not JSON at all", "name,industry\nSpotify,Music\n", Schema.NOT_JSON,
                        at("$", 1, 1, "not valid JSON: unexpected text (names and strings need double quotes; "
                                + "comments and extra commas are not allowed)")),
                sample("empty file", "", Schema.NOT_JSON, at("$", 1, 1, "the file is empty")),
                sample("only whitespace", "  \n\t\n ", Schema.NOT_JSON, at("$", 3, 2, "the file is empty")),
                sample("trailing content after the object", VALID + "{}\n", Schema.NOT_JSON,
                        at("$", 57, 2, "unexpected content after the end of the dataset object")),
                sample("deep nesting in an unknown field",
                        replace("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"extra\": " + deep + ","),
                        Schema.REJECTS,
                        at("$.extra", 4, 30, "unknown field \"extra\""),
                        at("$.extra" + "[0]".repeat(63), 4, 96, "nested deeper than 64 levels")),

                // encodings
                sample("UTF-16 with byte order mark", VALID.getBytes(StandardCharsets.UTF_16), Schema.CANNOT_TELL,
                        at("$", 1, 1, "the file is UTF-16 text; save it as UTF-8")),
                sample("UTF-16 without byte order mark", VALID.getBytes(StandardCharsets.UTF_16LE),
                        Schema.CANNOT_TELL, at("$", 1, 1, "the file is UTF-16 text; save it as UTF-8")),
                sample("invalid UTF-8 bytes", replace("Globex", "Gl\u00e9bex").getBytes(StandardCharsets.ISO_8859_1),
                        Schema.NOT_JSON, at("$", 46, 18, "the file is not UTF-8 text; save it as UTF-8")),

                // wrong types and nulls
                sample("format version is a string", replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
                        Schema.REJECTS, at("$.formatVersion", 2, 21, "expected a whole number, found a string")),
                sample("company name is a number", replace("\"name\": \"Acme\"", "\"name\": 42"), Schema.REJECTS,
                        at("$.companies[0].name", 19, 17, "expected a string, found a number")),
                sourcesAsAnObject(),
                sample("null value", replace("\"title\": \"Sample companies\"", "\"title\": null"), Schema.REJECTS,
                        at("$.title", 3, 16, "expected a string, found null (leave the field out instead)")),

                // missing, unknown and repeated fields
                sample("company without a name", replace("\"name\": \"Acme\",", ""), Schema.REJECTS,
                        at("$.companies[0]", 43, 6, "missing required field \"name\"")),
                sample("fact without sources",
                        replace("{\"value\": \"Software\", \"sources\": [\"general-knowledge\"], ",
                                "{\"value\": \"Software\", "),
                        Schema.REJECTS, at("$.companies[0].industry", 20, 59, "missing required field \"sources\"")),
                sample("fact without verified",
                        replace("\"value\": \"Software\", \"sources\": [\"general-knowledge\"], \"verified\": false}",
                                "\"value\": \"Software\", \"sources\": [\"general-knowledge\"]}"),
                        Schema.REJECTS, at("$.companies[0].industry", 20, 74, "missing required field \"verified\"")),
                sample("format version missing", replace("\"formatVersion\": 1,", ""), Schema.REJECTS,
                        at("$", 56, 2, "missing required field \"formatVersion\"")),
                sample("unknown field", replace("\"name\": \"Acme\",", "\"name\": \"Acme\", \"ceo\": \"Jane Doe\","),
                        Schema.REJECTS, at("$.companies[0].ceo", 19, 28, "unknown field \"ceo\"")),
                sample("field of another kind of fact",
                        replace("{\"value\": \"Software\", ", "{\"value\": \"Software\", \"year\": 1999, "),
                        Schema.REJECTS, at("$.companies[0].industry.year", 20, 47, "unknown field \"year\"")),
                sample("duplicate field in an object",
                        replace("\"name\": \"Acme\",", "\"name\": \"Acme\", \"name\": \"Acme Corp\","),
                        Schema.CANNOT_TELL, at("$.companies[0].name", 19, 29, "duplicate field \"name\"")),

                // ids and references
                sample("unknown source id",
                        replace("\"United States\", \"sources\": [\"acme-blog\"]",
                                "\"United States\", \"sources\": [\"acme-blgo\"]"),
                        Schema.CANNOT_TELL, at("$.companies[0].headquartersCountry.sources[0]", 21, 70,
                                "unknown source id \"acme-blgo\"; add it to $.sources")),
                sample("duplicate company id", replace("\"id\": \"globex\"", "\"id\": \"acme\""), Schema.CANNOT_TELL,
                        at("$.companies[1].id", 45, 14, "duplicate company id \"acme\"")),
                sample("duplicate source id",
                        replace("{\"id\": \"founding-documents\", \"kind\": \"founding-document-claim\"}",
                                "{\"id\": \"founding-documents\", \"kind\": \"founding-document-claim\"},\n"
                                        + "    {\"id\": \"press\", \"url\": \"https://example.org/\", "
                                        + "\"kind\": \"secondary\"}"),
                        Schema.CANNOT_TELL, at("$.sources[4].id", 11, 13, "duplicate source id \"press\"")),
                sample("company id not lower-kebab", replace("\"id\": \"acme\"", "\"id\": \"Acme_Co\""),
                        Schema.REJECTS, at("$.companies[0].id", 18, 14,
                                "expected a lower-kebab company id like \"spotify\" or \"bank-of-america\", "
                                        + "found \"Acme_Co\"")),
                sample("unknown use case", replace("\"useCase\": \"web-backend\"", "\"useCase\": \"web-frontend\""),
                        Schema.REJECTS, at("$.companies[0].useCases[0].useCase", 25, 35,
                                "unknown value \"web-frontend\"; expected one of: web-backend, data-engineering, "
                                        + "machine-learning, infrastructure-automation, security, testing, "
                                        + "scientific-computing, desktop-tools, developer-tooling, finance-analytics")),
                sample("unknown framework id", replace("[\"django\"]", "[\"flask\"]"), Schema.CANNOT_TELL,
                        at("$.companies[0].frameworks[0].frameworkIds[0]", 28, 47,
                                "unknown framework id \"flask\"; add it to $.frameworks")),

                // addresses
                sample("ftp address", replace("https://example.com/acme/python", "ftp://example.com/acme/python"),
                        Schema.REJECTS, at("$.sources[0].url", 7, 33,
                                "expected an http or https address, found \"ftp://example.com/acme/python\"")),
                sample("javascript address", replace("https://example.com/acme/python", "javascript:alert(1)"),
                        Schema.REJECTS, at("$.sources[0].url", 7, 33,
                                "expected an http or https address, found \"javascript:alert(1)\"")),
                sample("address without a host", replace("https://example.com/acme/python", "http:///acme/python"),
                        Schema.REJECTS, at("$.sources[0].url", 7, 33,
                                "expected an http or https address, found \"http:///acme/python\"")),
                sample("primary source without an address",
                        replace("{\"id\": \"founding-documents\", \"kind\": \"founding-document-claim\"}",
                                "{\"id\": \"founding-documents\", \"kind\": \"founding-document-claim\"},\n"
                                        + "    {\"id\": \"keynote\", \"title\": \"Keynote\", \"kind\": \"primary\"}"),
                        Schema.REJECTS, at("$.sources[4]", 11, 6, "a primary source needs a \"url\"")),

                // numbers, years and dates
                sample("format version 2", replace("\"formatVersion\": 1", "\"formatVersion\": 2"), Schema.REJECTS,
                        at("$.formatVersion", 2, 21, "format version 2 is not supported; this app reads version 1")),
                sample("format version 0", replace("\"formatVersion\": 1", "\"formatVersion\": 0"), Schema.REJECTS,
                        at("$.formatVersion", 2, 21, "format version 0 is not supported; this app reads version 1")),
                sample("year 1e400", replace("\"year\": 1999", "\"year\": 1e400"), Schema.REJECTS,
                        at("$.companies[0].founded.year", 22, 32,
                                "expected a whole number of reasonable size, found 1e400")),
                sample("year 99999999999999999999", replace("\"year\": 2010", "\"year\": 99999999999999999999"),
                        Schema.CANNOT_TELL, at("$.companies[0].pythonAdoption.year", 23, 88,
                                "expected a whole number of reasonable size, found 99999999999999999999")),
                sample("share 1e400", replace("\"sharePercent\": 30", "\"sharePercent\": 1e400"), Schema.REJECTS,
                        at("$.companies[0].otherLanguages[0].sharePercent", 31, 46,
                                "expected a number of reasonable size, found 1e400")),
                sample("adoption year before 1989", replace("\"year\": 2010", "\"year\": 1988"), Schema.REJECTS,
                        at("$.companies[0].pythonAdoption.year", 23, 72,
                                "expected a year from 1989 to 2026, found 1988")),
                sample("adoption year after this year", replace("\"year\": 2010", "\"year\": 2027"),
                        Schema.CANNOT_TELL, at("$.companies[0].pythonAdoption.year", 23, 72,
                                "expected a year from 1989 to 2026, found 2027")),
                sample("as-of month 13", replace("\"asOf\": \"2013-03\"", "\"asOf\": \"2013-13\""), Schema.REJECTS,
                        at("$.companies[0].quotes[0].asOf", 38, 100, "expected a month from 01 to 12 in \"2013-13\"")),
                sample("percentage over 100", replace("\"number\": 80", "\"number\": 120"), Schema.REJECTS,
                        at("$.companies[0].figures[0].number", 35, 102,
                                "expected a percentage from 0 to 100, found 120")),
                sample("language shares over 100", replace("\"sharePercent\": 30", "\"sharePercent\": 90"),
                        Schema.CANNOT_TELL, at("$.companies[0].otherLanguages", 30, 26,
                                "the language shares add up to 110%, more than 100%")),

                // empty text and provenance
                sample("empty company name", replace("\"name\": \"Globex\"", "\"name\": \"\""), Schema.REJECTS,
                        at("$.companies[1].name", 46, 16, "the company name is empty")),
                sample("blank company name", replace("\"name\": \"Globex\"", "\"name\": \"   \""), Schema.REJECTS,
                        at("$.companies[1].name", 46, 16, "the company name is empty")),
                sample("fact with an empty sources array",
                        replace("{\"value\": \"Software\", \"sources\": [\"general-knowledge\"]",
                                "{\"value\": \"Software\", \"sources\": []"),
                        Schema.REJECTS, at("$.companies[0].industry.sources", 20, 53,
                                "a fact needs at least one source")),
                sample("verified fact citing only general knowledge",
                        replace("\"sources\": [\"general-knowledge\"], \"verified\": false}",
                                "\"sources\": [\"general-knowledge\"], \"verified\": true}", 0),
                        Schema.CANNOT_TELL, at("$.companies[0].industry.verified", 20, 91,
                                "a verified fact needs a source with an address; mark it \"verified\": false or "
                                        + "cite the document it was read in")),
                sample("blank seen-at", replace("\"seenAt\": \"https://mirror.example.net/globex\"",
                                "\"seenAt\": \" \""),
                        Schema.REJECTS, at("$.companies[1].pythonAdoption.seenAt", 47, 114,
                                "expected where the text was read, found an empty string")));
    }

    /** "sources" as an object: the table cannot be read, so every citation is unknown too. */
    private static Sample sourcesAsAnObject() {
        String text = replace("\"sources\": [\n    {\"id\": \"acme-blog\"",
                "\"sources\": {\"all\": [\n    {\"id\": \"acme-blog\"");
        text = text.replace("\"kind\": \"founding-document-claim\"}\n  ],",
                "\"kind\": \"founding-document-claim\"}\n  ]},");
        return new Sample("sources is an object", bytes(text), Schema.REJECTS, 15, List.of(
                at("$.sources", 6, 15, "expected an array, found an object"),
                at("$.companies[0].industry.sources[0]", 20, 54,
                        "unknown source id \"general-knowledge\"; add it to $.sources")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reportsWhatIsWrongAndWhere(Sample sample) {
        DatasetLoadException e = rejected(sample.bytes());

        assertThat(e.totalProblems()).as("problems in %s: %s", sample, e.report()).isEqualTo(sample.total());
        List<Problem> shown = e.problems().subList(0, sample.first().size());
        assertThat(shown).as(e.report())
                .extracting(Problem::file, Problem::path, Problem::line, Problem::column)
                .containsExactlyElementsOf(sample.first().stream()
                        .map(x -> tuple(FILE, x.path(), x.line(), x.column())).toList());
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i).message()).as(e.report()).contains(sample.first().get(i).message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void javaValidatorRejectsWhatTheSchemaRejects(Sample sample) {
        Optional<JsonNode> json = DatasetSchema.parse(sample.bytes());
        if (sample.schema() == Schema.NOT_JSON) {
            assertThat(json).as("%s is not JSON", sample).isEmpty();
            return;
        }
        assertThat(json).as("%s parses as JSON", sample).isPresent();

        List<String> schemaProblems = DatasetSchema.problems(json.get());

        if (sample.schema() == Schema.REJECTS) {
            assertThat(schemaProblems).as("the schema rejects %s", sample).isNotEmpty();
            assertThat(rejected(sample.bytes()).problems()).isNotEmpty();
        } else {
            assertThat(schemaProblems).as("the schema cannot see what is wrong with %s", sample).isEmpty();
        }
    }

    static Stream<Sample> acceptedVariants() {
        byte[] utf8 = bytes(VALID);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        return Stream.of(
                new Sample("the sample as it is", utf8, Schema.CANNOT_TELL, 0, List.of()),
                new Sample("UTF-8 byte order mark", withBom, Schema.CANNOT_TELL, 0, List.of()),
                accepted("with $schema", replace("{\n  \"formatVersion\"",
                        "{\n  \"$schema\": \"../schema/dataset.schema.json\",\n  \"formatVersion\"")),
                accepted("format version 1.0", replace("\"formatVersion\": 1", "\"formatVersion\": 1.0")),
                accepted("upper-case address", replace("https://example.com/acme/python", "HTTPS://EXAMPLE.COM/acme")),
                accepted("as-of range of years", replace("\"asOf\": \"2019\"", "\"asOf\": \"2025-2026\"")),
                accepted("year qualifier circa", replace("\"yearQualifier\": \"by\"", "\"yearQualifier\": \"circa\"")),
                accepted("address on a general-knowledge source",
                        replace("\"title\": \"General knowledge\"", "\"url\": \"https://en.wikipedia.org/\"")),
                accepted("no companies", """
                        {"formatVersion": 1, "title": "Nothing yet", "version": "0", "sources": [], "companies": []}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedVariants")
    void acceptsValidVariantsAsTheSchemaDoes(Sample sample) throws Exception {
        LoadedDataset loaded = loader(ProblemCollector.DEFAULT_CAP).load(FILE, open(sample.bytes()));

        assertThat(loaded.origin()).isEqualTo(FILE);
        assertThat(DatasetSchema.problems(DatasetSchema.parse(sample.bytes()).orElseThrow())).isEmpty();
    }

    @Test
    void validSampleLoadsWithAllItsFacts() throws Exception {
        LoadedDataset loaded = loader(ProblemCollector.DEFAULT_CAP).load(FILE, open(bytes(VALID)));

        assertThat(loaded.dataset().companies()).hasSize(2);
        assertThat(loaded.dataset().factCount()).isEqualTo(14);
        assertThat(loaded.index().company("globex").orElseThrow().company().frameworks().get(0).provenance()
                .evidence().id()).isEqualTo("primary");
    }

    @Test
    void aWrongDateIsReportedEveryTimeItAppears() {
        // the checker parses a date only until it has found it right once; a wrong one is reported at every use
        String text = replace("\"asOf\": \"2013-03\"", "\"asOf\": \"2013-13\"")
                .replace("\"unit\": \"%\", \"asOf\": \"2013\"", "\"unit\": \"%\", \"asOf\": \"2013-13\"");

        DatasetLoadException e = rejected(bytes(text));

        assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactlyInAnyOrder(
                tuple("$.companies[0].figures[0].asOf", "expected a month from 01 to 12 in \"2013-13\""),
                tuple("$.companies[0].quotes[0].asOf", "expected a month from 01 to 12 in \"2013-13\""));
    }

    @Test
    void severalProblemsInOneFileAreReportedTogether() {
        String text = replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        text = text.replace("\"name\": \"Globex\"", "\"name\": \"\"");
        text = text.replace("\"name\": \"Acme\",", "\"name\": \"Acme\", \"ceo\": \"Jane Doe\",");

        DatasetLoadException e = rejected(bytes(text));

        assertThat(e.totalProblems()).isEqualTo(3);
        assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::column, Problem::message)
                .containsExactly(
                        tuple("$.companies[0].ceo", 19, 28, "unknown field \"ceo\""),
                        tuple("$.formatVersion", 2, 21, "format version 2 is not supported; this app reads version 1"),
                        tuple("$.companies[1].name", 46, 16, "the company name is empty"));
        assertThat(e.getMessage()).startsWith("3 problems: sample.json:19:28: $.companies[0].ceo: unknown field");
        assertThat(e.report()).isEqualTo("""
                sample.json:19:28: $.companies[0].ceo: unknown field "ceo"
                sample.json:2:21: $.formatVersion: format version 2 is not supported; this app reads version 1
                sample.json:46:16: $.companies[1].name: the company name is empty
                """);
    }

    @Test
    void problemCapKeepsTheFirstProblemsAndCountsTheRest() throws IOException {
        JsonElement root = JsonParser.parseString(bundledText());
        JsonArray companies = root.getAsJsonObject().getAsJsonArray("companies");
        companies.forEach(c -> c.getAsJsonObject().addProperty("name", ""));

        DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
                () -> loader(5).load("companies.json", open(bytes(root.toString()))));

        assertThat(e).isNotNull();
        assertThat(e.totalProblems()).isEqualTo(26);
        assertThat(e.problems()).hasSize(5)
                .extracting(Problem::path)
                .containsExactly("$.companies[0].name", "$.companies[1].name", "$.companies[2].name",
                        "$.companies[3].name", "$.companies[4].name");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.message()).isEqualTo("the company name is empty");
            assertThat(p.line()).isEqualTo(1);
        });
        assertThat(e.report()).endsWith("... and 21 more problems\n");
    }

    @Test
    void bundledFileWithOneBrokenFactNamesThatFact() throws IOException {
        JsonElement root = JsonParser.parseString(bundledText());
        root.getAsJsonObject().getAsJsonArray("companies").get(3).getAsJsonObject()
                .getAsJsonArray("figures").get(0).getAsJsonObject().remove("verified");

        DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
                () -> loader(ProblemCollector.DEFAULT_CAP).load("companies.json", open(bytes(root.toString()))));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("$.companies[3].figures[0]", "missing required field \"verified\""));
    }

    private static DatasetLoadException rejected(byte[] file) {
        DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
                () -> loader(ProblemCollector.DEFAULT_CAP).load(FILE, open(file)));
        assertThat(e).as("the loader rejects the file").isNotNull();
        return e;
    }

    private static DatasetLoader loader(int cap) {
        return new DatasetLoader(CLOCK, cap);
    }

    private static DatasetLoader.Opener open(byte[] file) {
        return () -> new ByteArrayInputStream(file);
    }

    private static String bundledText() throws IOException {
        try (InputStream in = MalformedDatasetTest.class.getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The valid sample with {@code old}, which must occur exactly once, replaced. */
    private static String replace(String old, String replacement) {
        int first = VALID.indexOf(old);
        if (first < 0 || VALID.indexOf(old, first + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the sample: " + old);
        }
        return VALID.replace(old, replacement);
    }

    /** The valid sample with the occurrence of {@code old} at the given index (0 = first) replaced. */
    private static String replace(String old, String replacement, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = VALID.indexOf(old, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("fewer than " + (occurrence + 1) + " in the sample: " + old);
            }
        }
        return VALID.substring(0, at) + replacement + VALID.substring(at + old.length());
    }

    private static Sample sample(String name, String text, Schema schema, Expected... problems) {
        return sample(name, bytes(text), schema, problems);
    }

    private static Sample sample(String name, byte[] bytes, Schema schema, Expected... problems) {
        return new Sample(name, bytes, schema, problems.length, Arrays.asList(problems));
    }

    private static Sample accepted(String name, String text) {
        return new Sample(name, bytes(text), Schema.CANNOT_TELL, 0, List.of());
    }

    private static Expected at(String path, int line, int column, String message) {
        return new Expected(path, line, column, message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
