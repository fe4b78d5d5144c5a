package org.pyadoption.explorer.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The long texts the records keep as UTF-8 bytes: what they give back, and equality by content. */
class Utf8TextTest {

    private static final Provenance SOURCED = new Provenance(List.of("a"), true, null, null, "Read on p. 3", null);
    private static final String NON_ASCII = "Zürich, São Paulo, Łódź, 東京, Ελλάδα, naïve — “quoted” 🐍🚀 (é = e\u0301)";

    @Test
    void givesBackTheTextItWasMadeWith() {
        assertThat(new TextFact(NON_ASCII, "2020", SOURCED).value()).isEqualTo(NON_ASCII);
        assertThat(new TextFact(NON_ASCII, "2020", SOURCED).text()).isEqualTo(NON_ASCII);
        assertThat(new Adoption(NON_ASCII, 2010, YearQualifier.BY, SOURCED).text()).isEqualTo(NON_ASCII);
        assertThat(new Figure(NON_ASCII, null, 80.0, "%", null, SOURCED).value()).isEqualTo(NON_ASCII);
        assertThat(new Quote(NON_ASCII, "A. Engineer", null, true, null, SOURCED).text()).isEqualTo(NON_ASCII);
        assertThat(new Quote("Fast.", NON_ASCII, null, true, null, SOURCED).speaker()).isEqualTo(NON_ASCII);
        assertThat(new Provenance(List.of("a"), true, null, null, NON_ASCII, null).note()).isEqualTo(NON_ASCII);
        assertThat(new Provenance(List.of("a"), true, null, null, null, NON_ASCII).seenAt()).isEqualTo(NON_ASCII);
    }

    @Test
    void keepsTheTextAsItsUtf8Bytes() {
        TextFact f = new TextFact("🐍 é", null, SOURCED);

        assertThat(Utf8Text.bytes(f.valueBlock(), f.valueSpan())).isEqualTo("🐍 é".getBytes(StandardCharsets.UTF_8))
                .hasSize(7);
        assertThat(new TextFact(f.valueBlock(), f.valueSpan(), null, SOURCED)).isEqualTo(f);
    }

    @Test
    void textsSharingABlockReadBackEachTheirOwn() {
        byte[] block = "xxZürich🐍Oslo!".getBytes(StandardCharsets.UTF_8);
        long zurich = Utf8Text.span(2, "Zürich🐍".getBytes(StandardCharsets.UTF_8).length);
        long oslo = Utf8Text.span(Utf8Text.offset(zurich) + Utf8Text.length(zurich), 4);

        TextFact first = new TextFact(block, zurich, null, SOURCED);
        Quote quote = new Quote(block, oslo, block, zurich, "cto", true, null, SOURCED);

        assertThat(first.value()).isEqualTo("Zürich🐍");
        assertThat(quote.text()).isEqualTo("Oslo");
        assertThat(quote.speaker()).isEqualTo("Zürich🐍");
        // equal to the same texts kept in arrays of their own, at another offset
        assertThat(first).isEqualTo(new TextFact("Zürich🐍", null, SOURCED))
                .hasSameHashCodeAs(new TextFact("Zürich🐍", null, SOURCED))
                .isNotEqualTo(new TextFact(block, oslo, null, SOURCED));
        assertThat(quote).isEqualTo(new Quote("Oslo", "Zürich🐍", "cto", true, null, SOURCED))
                .hasSameHashCodeAs(new Quote("Oslo", "Zürich🐍", "cto", true, null, SOURCED));
        assertThat(new Provenance(List.of("a"), true, null, null, block, oslo, block, zurich))
                .isEqualTo(new Provenance(List.of("a"), true, null, null, "Oslo", "Zürich🐍"));
    }

    @Test
    void aSpanOutsideItsBlockIsRefused() {
        byte[] block = "abc".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new TextFact(block, Utf8Text.span(2, 2), null, SOURCED))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new Figure(block, Utf8Text.span(-1, 1), null, null, null, null, SOURCED))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(new TextFact("", null, SOURCED).value()).isEmpty();
        assertThat(new Quote("", "x", null, false, null, SOURCED).text()).isEmpty();
    }

    @Test
    void absentNoteStaysAbsent() {
        Provenance p = new Provenance(List.of("a"), false, null, null, (String) null, null);

        assertThat(p.note()).isNull();
        assertThat(p.noteBlock()).isNull();
        assertThat(p.seenAt()).isNull();
        assertThat(p.seenAtBlock()).isNull();
        assertThat(p).isEqualTo(new Provenance(List.of("a"), false, null, null, null, 0, null, 0))
                .isNotEqualTo(new Provenance(List.of("a"), false, null, null, "", null));
        assertThat(p.hashCode())
                .isEqualTo(new Provenance(List.of("a"), false, null, null, null, 0, null, 0).hashCode());
        assertThat(p.toString()).contains("note=null");
    }

    @Test
    void absentTextIsNullNotAnError() {
        assertThat(new TextFact((String) null, null, SOURCED).value()).isNull();
        assertThat(new TextFact((String) null, null, SOURCED)).isEqualTo(new TextFact(null, 0, null, SOURCED));
        assertThat(new Adoption((String) null, null, null, SOURCED).text()).isNull();
    }

    @Test
    void equalByContentNotByArray() {
        // separate arrays with the same bytes
        assertThat(new TextFact(NON_ASCII, "2020", SOURCED)).isEqualTo(new TextFact(NON_ASCII, "2020", SOURCED))
                .hasSameHashCodeAs(new TextFact(NON_ASCII, "2020", SOURCED));
        assertThat(new Adoption("In 2010", 2010, YearQualifier.IN, SOURCED))
                .isEqualTo(new Adoption("In 2010", 2010, YearQualifier.IN, SOURCED))
                .hasSameHashCodeAs(new Adoption("In 2010", 2010, YearQualifier.IN, SOURCED));
        assertThat(new Figure("80%", "m", 80.0, "%", "2013", SOURCED))
                .isEqualTo(new Figure("80%", "m", 80.0, "%", "2013", SOURCED))
                .hasSameHashCodeAs(new Figure("80%", "m", 80.0, "%", "2013", SOURCED));
        assertThat(new Quote("Fast.", "A", "cto", true, null, SOURCED))
                .isEqualTo(new Quote("Fast.", "A", "cto", true, null, SOURCED))
                .hasSameHashCodeAs(new Quote("Fast.", "A", "cto", true, null, SOURCED));
        assertThat(new Provenance(List.of("a"), true, null, null, "note", null))
                .isEqualTo(new Provenance(List.of("a"), true, null, null, "note", null))
                .hasSameHashCodeAs(new Provenance(List.of("a"), true, null, null, "note", null));
    }

    @Test
    void differentTextOrFieldsAreNotEqual() {
        TextFact f = new TextFact("Zürich", "2020", SOURCED);

        assertThat(f).isNotEqualTo(new TextFact("Zurich", "2020", SOURCED))
                .isNotEqualTo(new TextFact("Zürich", "2021", SOURCED))
                .isNotEqualTo(new TextFact("Zürich", "2020", new Provenance(List.of("b"), true, null, null,
                        "Read on p. 3", null)))
                .isNotEqualTo(null)
                .isNotEqualTo("Zürich");
        assertThat(new Quote("Fast.", "A", null, true, null, SOURCED))
                .isNotEqualTo(new Quote("Fast.", "A", null, false, null, SOURCED))
                .isNotEqualTo(new Quote("Fast.", "B", null, true, null, SOURCED))
                .isNotEqualTo(new Quote("Fast!", "A", null, true, null, SOURCED));
        assertThat(new Provenance(List.of("a"), true, null, null, "x", null))
                .isNotEqualTo(new Provenance(List.of("a"), true, null, null, "y", null))
                .isNotEqualTo(new Provenance(List.of("a"), true, null, null, "x", "https://mirror.example/"));
        assertThat(new Provenance(List.of("a"), true, null, null, "x", "https://mirror.example/"))
                .isEqualTo(new Provenance(List.of("a"), true, null, null, "x", "https://mirror.example/"))
                .hasSameHashCodeAs(new Provenance(List.of("a"), true, null, null, "x", "https://mirror.example/"));
    }

    @Test
    void toStringShowsTheText() {
        assertThat(new TextFact("Runs 🐍 jobs", "2020", SOURCED).toString())
                .startsWith("TextFact[value=Runs 🐍 jobs, asOf=2020, provenance=Provenance[sourceIds=[a]")
                .contains("note=Read on p. 3");
        assertThat(new Quote("Fast.", "A", null, true, null, SOURCED).toString()).startsWith("Quote[text=Fast.,");
    }

    @Test
    void blankAsStringIsBlank() {
        for (String s : List.of("", " ", " \t\n\r ", "\u3000", " \u2003 ", "\u00a0", "x", " é ", "🐍", "  a",
                "\u3000b")) {
            byte[] whole = s.getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8Text.isBlank(whole, Utf8Text.span(0, whole.length))).as("\"%s\"", s).isEqualTo(s.isBlank());
            // the same text between other bytes of a block
            byte[] inBlock = ("x" + s + "y").getBytes(StandardCharsets.UTF_8);
            long span = Utf8Text.span(1, inBlock.length - 2);
            assertThat(Utf8Text.isBlank(inBlock, span)).as("\"%s\" in a block", s).isEqualTo(s.isBlank());
        }
    }

    @Test
    void nullEncodesAndDecodesToNull() {
        assertThat(Utf8Text.encode(null)).isNull();
        assertThat(Utf8Text.decode(null, 0)).isNull();
        assertThat(Utf8Text.bytes(null, 0)).isNull();
    }
}
