package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Confidence;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FoundedYear;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;
import org.pyadoption.explorer.model.YearQualifier;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the facts of a company, each kind with its fields (the fact's own, and the provenance every fact has),
 * reporting unknown and missing fields and values outside the vocabularies. Shares the values that repeat through
 * a file (see {@link Interner}). One per reader of a file: it reuses one buffer for the fact being read.
 */
final class FactReader {

    /** The fields every fact may have; outside {@link FactShape}, whose constants are built before its statics. */
    private static final Set<String> PROVENANCE_FIELDS = Set.of("sources", "verified", "evidence", "confidence",
            "note", "seenAt");

    private final JsonCursor json;
    private final TextBlocks blocks = new TextBlocks();
    private final Interner interner = new Interner(blocks);
    /** The fact being read, and its shape: facts do not nest, so one {@link RawFact} serves them all. */
    private final RawFact raw = new RawFact(interner);
    private FactShape factShape;
    private final JsonCursor.Fields factField = field -> readFactField(raw, factShape, field);
    private final Function<List<String>, List<String>> shareAll = interner::shareAll;

    /** Readers of one fact each, for the arrays of facts. */
    final JsonCursor.Element<TextFact> text = () -> fact(FactShape.TEXT, RawFact::text);
    final JsonCursor.Element<UseCaseFact> useCase = () -> fact(FactShape.USE_CASE, RawFact::useCase);
    final JsonCursor.Element<FrameworkFact> framework = () -> fact(FactShape.FRAMEWORK, RawFact::framework);
    final JsonCursor.Element<LanguageFact> language = () -> fact(FactShape.LANGUAGE, RawFact::language);
    final JsonCursor.Element<Figure> figure = () -> fact(FactShape.FIGURE, RawFact::figure);
    final JsonCursor.Element<Quote> quote = () -> fact(FactShape.QUOTE, RawFact::quote);

    FactReader(JsonCursor json) {
        this.json = json;
    }

    /** A text fact whose value repeats across companies, such as an industry or a country. */
    TextFact sharedText() throws IOException {
        return fact(FactShape.TEXT, raw -> {
            // the note first: read last, its room can be given back, and then the value's
            Provenance p = raw.provenance();
            interner.shareUtf8(raw.valueUtf8);
            return new TextFact(raw.valueUtf8.block, raw.valueUtf8.span, raw.asOf, p);
        });
    }

    /**
     * Reads one fact object of the given shape; null when unusable (the problem is already reported). Facts do not
     * nest, so one {@link RawFact} serves them all.
     */
    private <T> T fact(FactShape shape, Function<RawFact, T> build) throws IOException {
        raw.clear();
        factShape = shape;
        boolean read = json.object(factField, shape.required());
        if (!read || !raw.complete(shape)) {
            return null;
        }
        return build.apply(raw);
    }

    /**
     * Reads one field of a fact; the long texts (values but those of frameworks and languages, texts, speakers,
     * notes and addresses read at) as UTF-8, into the reader's {@link TextBlocks}.
     */
    private boolean readFactField(RawFact f, FactShape shape, String name) throws IOException {
        if (!shape.allows(name)) {
            return false;
        }
        switch (name) {
            case "value" -> {
                if (shape == FactShape.FRAMEWORK || shape == FactShape.LANGUAGE) {
                    f.value = json.string();
                } else {
                    utf8(f.valueUtf8);
                }
            }
            case "text" -> utf8(f.text);
            case "year" -> f.year = json.integer();
            case "yearQualifier" -> f.yearQualifier = vocabulary(YEAR_QUALIFIERS);
            case "useCase" -> f.useCase = vocabulary(USE_CASES);
            case "frameworkIds" -> f.frameworkIds = json.sharedStrings(shareAll);
            case "metric" -> f.metric = interner.share(json.sharedString());
            case "number" -> f.number = json.number();
            case "unit" -> f.unit = interner.share(json.sharedString());
            case "sharePercent" -> f.sharePercent = json.number();
            case "asOf" -> f.asOf = interner.share(json.sharedString());
            case "speaker" -> utf8(f.speaker);
            case "role" -> f.role = interner.share(json.sharedString());
            case "verbatim" -> f.verbatim = json.bool();
            case "sources" -> f.sources = json.sharedStrings(shareAll);
            case "verified" -> f.verified = json.bool();
            case "evidence" -> f.evidence = vocabulary(SOURCE_KINDS);
            case "confidence" -> f.confidence = vocabulary(CONFIDENCES);
            case "note" -> utf8(f.note);
            case "seenAt" -> utf8(f.seenAt);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void utf8(TextBlocks.Text into) throws IOException {
        long span = json.utf8(blocks);
        if (span != JsonCursor.NO_TEXT) {
            into.block = blocks.block();
            into.span = span;
        }
    }

    FoundedYear founded() throws IOException {
        return fact(FactShape.FOUNDED, RawFact::founded);
    }

    Adoption adoption() throws IOException {
        return fact(FactShape.ADOPTION, RawFact::adoption);
    }

    /** The kind of a source, one of {@link SourceKind}'s ids. */
    SourceKind sourceKind() throws IOException {
        return vocabulary(SOURCE_KINDS);
    }

    /** Reads a string that must be one of a fixed set of values. */
    private <E> E vocabulary(Vocabulary<E> vocabulary) throws IOException {
        String s = json.sharedString();
        if (s == null) {
            return null;
        }
        E e = vocabulary.byId().get(s);
        if (e == null) {
            json.report("unknown value \"" + JsonCursor.abbreviate(s) + "\"; expected one of: " + vocabulary.ids());
        }
        return e;
    }

    private static final Vocabulary<SourceKind> SOURCE_KINDS = Vocabulary.of(SourceKind.values(), SourceKind::id);
    private static final Vocabulary<YearQualifier> YEAR_QUALIFIERS = Vocabulary.of(YearQualifier.values(),
            YearQualifier::id);
    private static final Vocabulary<UseCase> USE_CASES = Vocabulary.of(UseCase.values(), UseCase::id);
    private static final Vocabulary<Confidence> CONFIDENCES = Vocabulary.of(Confidence.values(), Confidence::id);

    /** The values of a vocabulary by their ids, and the ids as a problem lists them. */
    private record Vocabulary<E>(Map<String, E> byId, String ids) {
        static <E> Vocabulary<E> of(E[] values, Function<E, String> id) {
            Map<String, E> byId = new HashMap<>();
            for (E e : values) {
                byId.put(id.apply(e), e);
            }
            return new Vocabulary<>(Map.copyOf(byId),
                    Arrays.stream(values).map(id).collect(Collectors.joining(", ")));
        }
    }

    /** Which fields each kind of fact has, and which it must have. */
    enum FactShape {
        TEXT(Set.of("value", "asOf"), "value"),
        FOUNDED(Set.of("year"), "year"),
        ADOPTION(Set.of("text", "year", "yearQualifier"), "text"),
        USE_CASE(Set.of("useCase"), "useCase"),
        FRAMEWORK(Set.of("value", "frameworkIds"), "value", "frameworkIds"),
        LANGUAGE(Set.of("value", "sharePercent", "asOf"), "value"),
        FIGURE(Set.of("value", "metric", "number", "unit", "asOf"), "value"),
        QUOTE(Set.of("text", "speaker", "role", "verbatim", "asOf"), "text", "speaker", "verbatim");

        /** The fields it may have, as the bits {@link #bit} gives them. */
        private final long allowed;
        private final String[] required;

        FactShape(Set<String> own, String... required) {
            Set<String> fields = new HashSet<>(own);
            fields.addAll(PROVENANCE_FIELDS);
            long bits = 0;
            for (String field : fields) {
                bits |= 1L << bit(field);
            }
            this.allowed = bits;
            String[] all = Arrays.copyOf(required, required.length + 2);
            all[required.length] = "sources";
            all[required.length + 1] = "verified";
            this.required = all;
        }

        /** By a bit per field: a switch on the name costs less than a set's lookup, and it runs for every field. */
        boolean allows(String field) {
            int bit = bit(field);
            return bit >= 0 && (allowed & 1L << bit) != 0;
        }

        /** The bit of a fact field; -1 for a name no fact has. */
        private static int bit(String field) {
            return switch (field) {
                case "value" -> 0;
                case "text" -> 1;
                case "year" -> 2;
                case "yearQualifier" -> 3;
                case "useCase" -> 4;
                case "frameworkIds" -> 5;
                case "metric" -> 6;
                case "number" -> 7;
                case "unit" -> 8;
                case "sharePercent" -> 9;
                case "asOf" -> 10;
                case "speaker" -> 11;
                case "role" -> 12;
                case "verbatim" -> 13;
                case "sources" -> 14;
                case "verified" -> 15;
                case "evidence" -> 16;
                case "confidence" -> 17;
                case "note" -> 18;
                case "seenAt" -> 19;
                default -> -1;
            };
        }

        String[] required() {
            return required;
        }
    }

    /** A fact's fields as read, before they are known to be complete. */
    private static final class RawFact {
        final Interner interner;
        /** The value of a framework or language fact, which repeat: shared as strings. */
        String value;
        /** The value of a text fact or figure. */
        final TextBlocks.Text valueUtf8 = new TextBlocks.Text();
        final TextBlocks.Text text = new TextBlocks.Text();
        Integer year;
        YearQualifier yearQualifier;
        UseCase useCase;
        List<String> frameworkIds;
        String metric;
        Double number;
        String unit;
        Double sharePercent;
        String asOf;
        final TextBlocks.Text speaker = new TextBlocks.Text();
        String role;
        Boolean verbatim;
        List<String> sources;
        Boolean verified;
        SourceKind evidence;
        Confidence confidence;
        final TextBlocks.Text note = new TextBlocks.Text();
        final TextBlocks.Text seenAt = new TextBlocks.Text();

        RawFact(Interner interner) {
            this.interner = interner;
        }

        void clear() {
            value = null;
            valueUtf8.clear();
            text.clear();
            year = null;
            yearQualifier = null;
            useCase = null;
            frameworkIds = null;
            metric = null;
            number = null;
            unit = null;
            sharePercent = null;
            asOf = null;
            speaker.clear();
            role = null;
            verbatim = null;
            sources = null;
            verified = null;
            evidence = null;
            confidence = null;
            note.clear();
            seenAt.clear();
        }

        boolean complete(FactShape shape) {
            if (sources == null || verified == null) {
                return false;
            }
            return switch (shape) {
                case TEXT, FIGURE -> valueUtf8.present();
                case LANGUAGE -> value != null;
                case FOUNDED -> year != null;
                case ADOPTION -> text.present();
                case USE_CASE -> useCase != null;
                case FRAMEWORK -> value != null && frameworkIds != null;
                case QUOTE -> text.present() && speaker.present() && verbatim != null;
            };
        }

        Provenance provenance() {
            return interner.provenance(sources, verified, evidence, confidence, note, seenAt);
        }

        TextFact text() {
            return new TextFact(valueUtf8.block, valueUtf8.span, asOf, provenance());
        }

        FoundedYear founded() {
            return new FoundedYear(year, provenance());
        }

        Adoption adoption() {
            YearQualifier q = year == null ? null : yearQualifier == null ? YearQualifier.IN : yearQualifier;
            return new Adoption(text.block, text.span, year, q, provenance());
        }

        UseCaseFact useCase() {
            return new UseCaseFact(useCase, provenance());
        }

        FrameworkFact framework() {
            return new FrameworkFact(interner.share(value), frameworkIds, provenance());
        }

        LanguageFact language() {
            return new LanguageFact(interner.share(value), sharePercent, asOf, provenance());
        }

        Figure figure() {
            return new Figure(valueUtf8.block, valueUtf8.span, metric, number, unit, asOf, provenance());
        }

        Quote quote() {
            return new Quote(text.block, text.span, speaker.block, speaker.span, role, verbatim, asOf,
                    provenance());
        }
    }
}
