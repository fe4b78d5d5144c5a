package org.pyadoption.explorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The JSON tokenizer ({@link Utf8JsonReader} under {@link JsonCursor}) as the user sees it: for each kind of broken
 * file, what is reported and where (JSON path, line:column, message). The places are those Gson's strict reader gave
 * (the loader used it before), except for bytes that are not UTF-8, which are now reported where they are.
 */
class Utf8JsonReaderTest {

    private static final String UNEXPECTED_TEXT = "not valid JSON: unexpected text (names and strings need double "
            + "quotes; comments and extra commas are not allowed)";
    private static final String NOT_UTF8 = "the file is not UTF-8 text; save it as UTF-8";
    /** A valid dataset without its closing brace. */
    private static final String HEAD = "{\"formatVersion\": 1, \"title\": \"T\", \"version\": \"1\", \"sources\": [], "
            + "\"companies\": []";

    record Expected(String path, int line, int column, String message) {
    }

    record Case(String name, byte[] bytes, int total, List<Expected> first) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> brokenFiles() {
        return Stream.of(
                c("unterminated array", b("{\"sourcingNotes\": [\"a\" \"b\"]}"), 1,
                        at("$.sourcingNotes[1]", 1, 25, "not valid JSON: unterminated array")),
                c("unterminated object", b("{\"title\": \"x\" \"version\": \"1\"}"), 1,
                        at("$.title", 1, 16, "not valid JSON: unterminated object")),
                c("trailing comma in object", b("{\"title\": \"x\",}"), 1,
                        at("$.title", 1, 16, "not valid JSON: expected name")),
                c("missing colon", b("{\"title\" \"x\"}"), 1,
                        at("$.title", 1, 11, "not valid JSON: expected ':'")),
                c("comma for a value", b("{\"title\": ,}"), 1,
                        at("$.title", 1, 12, "not valid JSON: unexpected value")),
                c("closing brace for a value", b("{\"title\": }"), 1,
                        at("$.title", 1, 11, "not valid JSON: expected value")),
                c("unquoted name", b("{title: \"x\"}"), 1,
                        at("$", 1, 3, UNEXPECTED_TEXT)),
                c("single quotes", b("{\"title\": 'x'}"), 1,
                        at("$.title", 1, 12, UNEXPECTED_TEXT)),
                c("comment", b("{\"title\": \"x\", // note\n \"version\": \"1\"}"), 1,
                        at("$.title", 1, 17, UNEXPECTED_TEXT)),
                c("hash comment", b("{\"title\": \"x\" # note\n}"), 1,
                        at("$.title", 1, 16, UNEXPECTED_TEXT)),
                c("trailing comma in array", b("{\"sourcingNotes\": [\"a\",]}"), 1,
                        at("$.sourcingNotes[1]", 1, 25, UNEXPECTED_TEXT)),
                c("upper-case keyword", b("{\"title\": NULL}"), 1,
                        at("$.title", 1, 11, UNEXPECTED_TEXT)),
                c("leading zero", b("{\"formatVersion\": 01}"), 1,
                        at("$.formatVersion", 1, 19, UNEXPECTED_TEXT)),
                c("number then letter", b("{\"formatVersion\": 1x}"), 1,
                        at("$.formatVersion", 1, 19, UNEXPECTED_TEXT)),
                c("2000 digits", b("{\"formatVersion\": " + "9".repeat(2000) + "}"), 1,
                        at("$.formatVersion", 1, 19, UNEXPECTED_TEXT)),
                c("1e400", b("{\"formatVersion\": 1e400}"), 5,
                        at("$.formatVersion", 1, 24, "expected a whole number of reasonable size, found 1e400"), at("$", 1, 25, "missing required field \"title\"")),
                c("20 digits", b("{\"formatVersion\": 99999999999999999999}"), 5,
                        at("$.formatVersion", 1, 39, "expected a whole number of reasonable size, found 99999999999999999999"), at("$", 1, 40, "missing required field \"title\"")),
                c("fraction", b("{\"formatVersion\": 1.5}"), 5,
                        at("$.formatVersion", 1, 22, "expected a whole number of reasonable size, found 1.5"), at("$", 1, 23, "missing required field \"title\"")),
                c("fraction as type error", b("{\"title\": 1.5}"), 5,
                        at("$.title", 1, 11, "expected a string, found a number"), at("$", 1, 15, "missing required field \"formatVersion\"")),
                c("unterminated string", b("{\"title\": \"abc"), 1,
                        at("$.title", 1, 15, "not valid JSON: unterminated string")),
                c("unterminated escape", b("{\"title\": \"abc\\"), 1,
                        at("$.title", 1, 16, "not valid JSON: unterminated escape sequence")),
                c("short unicode escape at end", b("{\"title\": \"\\u12"), 1,
                        at("$.title", 1, 14, "not valid JSON: unterminated escape sequence")),
                c("malformed unicode escape", b("{\"title\": \"\\u12x4\"}"), 1,
                        at("$.title", 1, 14, "not valid JSON: malformed Unicode escape \\u12x4")),
                c("invalid escape", b("{\"title\": \"a\\x\"}"), 1,
                        at("$.title", 1, 15, "not valid JSON: invalid escape sequence")),
                c("escaped single quote", b("{\"title\": \"a\\'\"}"), 1,
                        at("$.title", 1, 15, "not valid JSON: invalid escaped character \"'\" in strict mode")),
                c("escaped newline", b("{\"title\": \"a\\\nb\"}"), 1,
                        at("$.title", 1, 15, "not valid JSON: cannot escape a newline character in strict mode")),
                c("control character", b("{\"title\": \"a\tb\"}"), 1,
                        at("$.title", 1, 12, "not valid JSON: unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode")),
                c("control character after an escape", b("{\"title\": \"a\\nb\u0001\"}"), 1,
                        at("$.title", 1, 15, "not valid JSON: unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode")),
                c("control character in a skipped value", b("{\"extra\": \"a\tb\", \"title\": 1}"), 6,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$.title", 1, 28, "expected a string, found a number")),
                c("lone high surrogate", b("{\"title\": \"a\\ud800b\"}"), 1,
                        at("$.title", 1, 21, "not valid JSON: unpaired surrogate characters are not allowed in strict mode")),
                c("lone low surrogate in a name", b("{\"\\udc00\": 1}"), 1,
                        at("$", 1, 10, "not valid JSON: unpaired surrogate characters are not allowed in strict mode")),
                c("lone surrogate in a skipped value", b("{\"extra\": \"\\ud800\", \"title\": 1}"), 6,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$.title", 1, 31, "expected a string, found a number")),
                c("ends in an object", b("{\"title\": \"x\", "), 1,
                        at("$.title", 1, 16, "the file ends too early: is it cut off?")),
                c("ends in an array", b("{\"sourcingNotes\": [\"a\", "), 1,
                        at("$.sourcingNotes[1]", 1, 25, "the file ends too early: is it cut off?")),
                c("empty", b(""), 1,
                        at("$", 1, 1, "the file is empty")),
                c("white space", b(" \n\t\r\n  "), 1,
                        at("$", 3, 3, "the file is empty")),
                c("trailing content", b(HEAD + "}\n[1]"), 1,
                        at("$", 2, 2, "unexpected content after the end of the dataset object")),
                c("trailing slash", b(HEAD + "} /"), 1,
                        at("$", 1, 85, "unexpected content after the end of the dataset object")),
                c("top-level array", b("[1, 2]"), 1,
                        at("$", 1, 2, "expected an object, found an array")),
                c("deep array at the top", b("[".repeat(100)), 2,
                        at("$", 1, 2, "expected an object, found an array"), at("$" + "[0]".repeat(64), 1, 66, "nested deeper than 64 levels")),
                c("64 levels", b("{\"extra\": " + "[".repeat(63) + "]".repeat(63) + ", \"title\": 1}"), 6,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$.title", 1, 149, "expected a string, found a number")),
                c("65 levels", b("{\"extra\": " + "[".repeat(64) + "]".repeat(64) + "}"), 2,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$.extra" + "[0]".repeat(63), 1, 75, "nested deeper than 64 levels")),
                c("deep objects in a skipped value", b("{\"extra\": " + "{\"a\": ".repeat(70)), 2,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$.extra" + ".".repeat(62), 1, 390, "nested deeper than 64 levels")),
                c("column after an emoji", b("{\"title\": \"\ud83d\ude00\u00e9\", \"version\": 1}"), 4,
                        at("$.version", 1, 30, "expected a string, found a number"), at("$", 1, 31, "missing required field \"formatVersion\"")),
                c("emoji where a name belongs", b("{\ud83d\ude00: 1}"), 1,
                        at("$", 1, 3, UNEXPECTED_TEXT)),
                c("accented letter where a value belongs", b("{\"title\": \u00e9}"), 1,
                        at("$.title", 1, 11, UNEXPECTED_TEXT)),
                c("bad byte in a string", cat("{\"title\": \"caf", 0xE9, "\"}"), 1,
                        at("$", 1, 15, NOT_UTF8)),
                c("bad byte after an emoji", cat("{\"title\": \"\ud83d\ude00", 0xFF, "\"}"), 1,
                        at("$", 1, 14, NOT_UTF8)),
                c("overlong encoding", cat("{\"title\": \"", 0xC0, 0x80, "\"}"), 1,
                        at("$", 1, 12, NOT_UTF8)),
                c("encoded surrogate", cat("{\"title\": \"", 0xED, 0xA0, 0x80, "\"}"), 1,
                        at("$", 1, 12, NOT_UTF8)),
                c("above U+10FFFF", cat("{\"title\": \"", 0xF4, 0x90, 0x80, 0x80, "\"}"), 1,
                        at("$", 1, 12, NOT_UTF8)),
                c("cut-off sequence at the end", cat("{\"title\": \"", 0xE2, 0x82), 1,
                        at("$", 1, 12, NOT_UTF8)),
                c("stray continuation byte between values", cat("{\"title\": \"x\",\n ", 0x80, "}"), 1,
                        at("$", 2, 2, NOT_UTF8)),
                c("bad byte in a name on line 3", cat("{\n\"title\": \"x\",\n  \"ver", 0xFE, "sion\": \"1\"}"), 1,
                        at("$", 3, 7, NOT_UTF8)),
                c("bad byte in a skipped value", cat("{\"extra\": [\"", 0xFF, "\"]}"), 2,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$", 1, 13, NOT_UTF8)),
                c("UTF-16 BOM", new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '{'}, 1,
                        at("$", 1, 1, "the file is UTF-16 text; save it as UTF-8")),
                c("three BOMs", cat(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, HEAD + "}"), 1,
                        at("$", 1, 1, UNEXPECTED_TEXT)),
                c("two BOMs then a type error", cat(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, "{\"title\": 1}"), 5,
                        at("$.title", 1, 12, "expected a string, found a number"), at("$", 1, 13, "missing required field \"formatVersion\"")),
                c("one BOM then a type error", cat(0xEF, 0xBB, 0xBF, "{\"title\": 1}"), 5,
                        at("$.title", 1, 12, "expected a string, found a number"), at("$", 1, 13, "missing required field \"formatVersion\"")),
                c("CR LF lines", b("{\r\n\"title\": \"x\",\r\n\"version\": 1}"), 4,
                        at("$.version", 3, 13, "expected a string, found a number"), at("$", 3, 14, "missing required field \"formatVersion\"")),
                c("raw newline in a skipped string", b("{\"extra\": \"a\nb\", \"title\": 1}"), 6,
                        at("$.extra", 1, 9, "unknown field \"extra\""), at("$.title", 2, 15, "expected a string, found a number")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsWhatIsWrongAndWhere(Case c) {
        DatasetLoadException e = rejected(c.bytes());

        assertThat(e.totalProblems()).as(e.report()).isEqualTo(c.total());
        assertThat(e.problems().subList(0, c.first().size())).as(e.report())
                .extracting(Problem::path, Problem::line, Problem::column, Problem::message)
                .containsExactlyElementsOf(c.first().stream()
                        .map(x -> tuple(x.path(), x.line(), x.column(), x.message())).toList());
    }

    @Test
    void escapesAreDecoded() throws Exception {
        String title = "q\\\"b\\\\s\\/\\b\\f\\n\\r\\t \\u00e9\\u00E9 \\uD83D\\uDE00 caf\u00e9 \ud83d\ude00";

        LoadedDataset loaded = load(b("{\"formatVersion\": 1, \"title\": \"" + title
                + "\", \"version\": \"1\", \"sources\": [], \"companies\": []}"));

        assertThat(loaded.dataset().info().title())
                .isEqualTo("q\"b\\s/\b\f\n\r\t \u00e9\u00e9 \ud83d\ude00 caf\u00e9 \ud83d\ude00");
    }

    @Test
    void stringsLongerThanTheBufferAndCharactersAcrossItsEdgeAreRead() throws Exception {
        // the reader reads 256 KiB at a time: put multi-byte characters and escapes on every offset around its edges
        StringBuilder title = new StringBuilder();
        while (title.length() < 700_000) {
            title.append("ab\u00e9\u20ac\ud83d\ude00c");
        }
        String escaped = title.toString().replace("c", "\\u0063");

        LoadedDataset loaded = load(b("{\"formatVersion\": 1, \"title\": \"" + title + "\", \"description\": \""
                + escaped + "\", \"version\": \"1\", \"sources\": [], \"companies\": []}"));

        assertThat(loaded.dataset().info().title()).isEqualTo(title.toString());
        assertThat(loaded.dataset().info().description()).isEqualTo(title.toString());
    }

    @Test
    void aBadByteFarIntoALongLineIsReportedAtItsColumn() {
        String before = "\u00e9".repeat(300_000); // two bytes, one column each
        DatasetLoadException e = rejected(cat("{\"title\": \"" + before, 0xFF, "\"}"));

        assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple("$", 1, 12 + 300_000, NOT_UTF8));
    }

    @Test
    void numbersOfEveryShapeAreReadAsTheyWere() throws Exception {
        LoadedDataset loaded = load(b("{\"formatVersion\": 1.0e0, \"title\": \"T\", \"version\": \"1\", "
                + "\"sources\": [{\"id\": \"s\", \"kind\": \"general-knowledge\"}], \"companies\": [{\"id\": \"a\", "
                + "\"name\": \"A\", \"otherLanguages\": [{\"value\": \"Go\", \"sharePercent\": 12.5e-1, "
                + "\"sources\": [\"s\"], \"verified\": false}, {\"value\": \"C\", \"sharePercent\": -0, "
                + "\"sources\": [\"s\"], \"verified\": false}]}]}"));

        assertThat(loaded.dataset().info().formatVersion()).isEqualTo(1);
        assertThat(loaded.dataset().companies().get(0).otherLanguages())
                .extracting(l -> l.sharePercent()).containsExactly(1.25, -0.0);
    }

    private static LoadedDataset load(byte[] file) throws Exception {
        return loader().load("f.json", () -> new ByteArrayInputStream(file));
    }

    private static DatasetLoadException rejected(byte[] file) {
        DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
                () -> loader().load("f.json", () -> new ByteArrayInputStream(file)));
        assertThat(e).as("the loader rejects the file").isNotNull();
        return e;
    }

    private static DatasetLoader loader() {
        return new DatasetLoader(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), 5,
                LoadLimits.defaults());
    }

    private static Case c(String name, byte[] bytes, int total, Expected... first) {
        return new Case(name, bytes, total, List.of(first));
    }

    private static Expected at(String path, int line, int column, String message) {
        return new Expected(path, line, column, message);
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Text and single bytes (given as ints) one after the other. */
    private static byte[] cat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(b(s));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }
}
