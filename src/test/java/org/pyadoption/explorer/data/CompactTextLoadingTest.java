package org.pyadoption.explorer.data;

import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.Utf8Text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The long texts the loader hands to the model as UTF-8 bytes: taken from the file's bytes, or decoded from escapes,
 * they read back as the text the file holds; repeated ones are kept once.
 */
class CompactTextLoadingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    /**
     * One company with the given texts (already quoted for JSON): its adoption; the adoption's note and address read
     * at, and the quote's speaker; its quote; its figure and fact.
     */
    private static String file(String adoptionText, String quoteText, String note, String notable) {
        return """
                {
                  "formatVersion": 1, "title": "T", "version": "1",
                  "sources": [{"id": "s", "url": "https://example.com/", "title": "S", "kind": "primary"},
                              {"id": "g", "title": "General knowledge", "kind": "general-knowledge"}],
                  "companies": [
                    {"id": "acme", "name": "Acme",
                     "industry": {"value": "Fintech", "sources": ["g"], "verified": false, "note": "Stock note"},
                     "headquartersCountry": {"value": "United States", "sources": ["g"], "verified": false, "note": "Stock note"},
                     "pythonAdoption": {"text": "%s", "sources": ["s"], "verified": true, "note": "%s", "seenAt": "%s"},
                     "quotes": [{"text": "%s", "speaker": "%s", "verbatim": true, "sources": ["s"], "verified": true}],
                     "figures": [{"value": "%s", "sources": ["s"], "verified": true}],
                     "notableFacts": [{"value": "%s", "sources": ["s"], "verified": true}]
                    }
                  ]
                }
                """.formatted(adoptionText, note, note, quoteText, note, notable, notable);
    }

    private static byte[] bytes(TextFact f) {
        return Utf8Text.bytes(f.valueBlock(), f.valueSpan());
    }

    private static Company load(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        LoadedDataset loaded = new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP)
                .load("t.json", () -> new ByteArrayInputStream(bytes));
        return loaded.dataset().companies().get(0);
    }

    @Test
    void nonAsciiAndEmojiReadBackAsInTheFile() throws Exception {
        String text = "Zürich → 東京 🐍🚀 naïve “quoted”";
        Company c = load(file(text, text, text, text));

        assertThat(c.pythonAdoption().text()).isEqualTo(text);
        assertThat(c.pythonAdoption().provenance().note()).isEqualTo(text);
        assertThat(c.pythonAdoption().provenance().seenAt()).isEqualTo(text);
        assertThat(c.quotes().get(0).speaker()).isEqualTo(text);
        assertThat(c.quotes().get(0).text()).isEqualTo(text);
        assertThat(c.figures().get(0).value()).isEqualTo(text);
        assertThat(c.notableFacts().get(0).value()).isEqualTo(text);
        assertThat(bytes(c.notableFacts().get(0))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void escapesAreDecoded() throws Exception {
        String escaped = "Said \\\"fast\\\" \\\\ then\\nmoved on\\t\\u00e9\\u00E9 \\ud83d\\udc0d \\/ done";
        String decoded = "Said \"fast\" \\ then\nmoved on\téé 🐍 / done";
        Company c = load(file(escaped, escaped, escaped, escaped));

        assertThat(c.pythonAdoption().text()).isEqualTo(decoded);
        assertThat(c.pythonAdoption().provenance().note()).isEqualTo(decoded);
        assertThat(c.pythonAdoption().provenance().seenAt()).isEqualTo(decoded);
        assertThat(c.quotes().get(0).speaker()).isEqualTo(decoded);
        assertThat(c.quotes().get(0).text()).isEqualTo(decoded);
        assertThat(c.figures().get(0).value()).isEqualTo(decoded);
        assertThat(c.notableFacts().get(0).value()).isEqualTo(decoded);
        assertThat(bytes(c.notableFacts().get(0))).isEqualTo(decoded.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textLongerThanTheReadBufferReadsBackWhole() throws Exception {
        // the reader's buffer holds 256 KB: these texts run across refills, with characters of 2 to 4 bytes
        String text = "é🐍東x".repeat(40_000);
        String withEscape = text + "\\n" + text;
        Company c = load(file(text, withEscape, "n", text));

        assertThat(c.pythonAdoption().text()).isEqualTo(text);
        assertThat(c.quotes().get(0).text()).isEqualTo(text + "\n" + text);
        assertThat(c.notableFacts().get(0).value()).isEqualTo(text);
    }

    @Test
    void repeatedStockNotesAreKeptOnce() throws Exception {
        Company c = load(file("a", "b", "c", "d"));

        Provenance industry = c.industry().provenance();
        Provenance country = c.headquartersCountry().provenance();
        assertThat(industry.noteBlock()).isSameAs(country.noteBlock());
        assertThat(industry.noteSpan()).isEqualTo(country.noteSpan());
        assertThat(c.industry().provenance().note()).isEqualTo("Stock note");
    }

    @Test
    void searchFindsWordsOfQuotesAndProjectsKeptAsBytes() throws Exception {
        byte[] bytes = file("a", "Python made Zürich happy", "c", "d").getBytes(StandardCharsets.UTF_8);
        LoadedDataset loaded = new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP)
                .load("t.json", () -> new ByteArrayInputStream(bytes));
        IndexedCompany acme = loaded.index().company("acme").orElseThrow();

        assertThat(acme.matches(new String[] {"zürich"})).isTrue();
        assertThat(acme.industry()).isEqualTo("Fintech");
        assertThat(acme.country()).isEqualTo("United States");
    }

    @Test
    void blankTextsAreStillReported() throws Exception {
        DatasetLoadException e = catchThrowableOfType(() -> load(file(" \\t", "\u3000", " ", "  ")),
                DatasetLoadException.class);

        assertThat(e.problems()).extracting(Problem::path, Problem::message).contains(
                tuple("$.companies[0].pythonAdoption.text",
                        "the adoption text is empty"),
                tuple("$.companies[0].pythonAdoption.seenAt", "expected where the text was read, found an empty string"),
                tuple("$.companies[0].quotes[0].text", "the quote is empty"),
                tuple("$.companies[0].quotes[0].speaker", "the speaker is empty"),
                tuple("$.companies[0].figures[0].value", "the figure is empty"),
                tuple("$.companies[0].notableFacts[0].value", "the fact is empty"));
    }
}
