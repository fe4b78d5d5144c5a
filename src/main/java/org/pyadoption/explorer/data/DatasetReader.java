package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Confidence;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.DatasetInfo;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FoundedYear;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;
import org.pyadoption.explorer.model.YearQualifier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a dataset file in one streaming pass into immutable records, reporting every shape problem (wrong types,
 * missing or unknown fields, values outside the vocabularies) as it goes. Cross-checks between parts of the file
 * (source ids, duplicates, ranges) are {@link DatasetValidator}'s job.
 */
final class DatasetReader {

    /** The fields every fact may have; outside {@link FactShape}, whose constants are built before its statics. */
    private static final Set<String> PROVENANCE_FIELDS = Set.of("sources", "verified", "evidence", "confidence",
            "note", "seenAt");

    private final JsonCursor json;
    private final Interner interner = new Interner();
    private final String name;
    private final int maxCompanies;
    /** Companies read elsewhere, from one of them to the end of the list; null when there is no such reading. */
    private final RestOfCompanies rest;
    private int companiesStarted;
    /** The fact being read, and its shape. */
    private final RawFact raw = new RawFact(interner);
    private FactShape factShape;
    private final JsonCursor.Fields factField = field -> readFactField(raw, factShape, field);
    private final Function<List<String>, List<String>> shareAll = interner::shareAll;
    private final JsonCursor.Element<TextFact> textFact = this::textFact;
    private final JsonCursor.Element<UseCaseFact> useCaseFact = () -> fact(FactShape.USE_CASE, RawFact::useCase);
    private final JsonCursor.Element<FrameworkFact> frameworkFact = () -> fact(FactShape.FRAMEWORK,
            RawFact::framework);
    private final JsonCursor.Element<LanguageFact> languageFact = () -> fact(FactShape.LANGUAGE, RawFact::language);
    private final JsonCursor.Element<Figure> figure = () -> fact(FactShape.FIGURE, RawFact::figure);
    private final JsonCursor.Element<Quote> quote = () -> fact(FactShape.QUOTE, RawFact::quote);

    /**
     * What makes the companies' index entries, once the framework table is known (see {@link IndexEntries}); shared
     * by the readers of one file.
     */
    private final AtomicReference<IndexEntries> entryMaker;
    /** The index entries of the companies read, in their order; null where none was made. */
    private final List<IndexEntries.Entry> entries = new ArrayList<>();

    DatasetReader(JsonCursor json, String name, int maxCompanies) {
        this(json, name, maxCompanies, null, new AtomicReference<>());
    }

    DatasetReader(JsonCursor json, String name, int maxCompanies, RestOfCompanies rest,
                  AtomicReference<IndexEntries> entryMaker) {
        this.json = json;
        this.name = name;
        this.maxCompanies = maxCompanies;
        this.rest = rest;
        this.entryMaker = entryMaker;
    }

    /** Companies read elsewhere, from one of them to the end of the list, with their index entries. */
    interface RestOfCompanies extends JsonCursor.Rest<Company> {
        /** The index entries of the companies {@link #from} returned, in their order; null where none was made. */
        List<IndexEntries.Entry> entries();
    }

    /** The index entries made while reading, for the companies {@link #read} returned. */
    IndexEntries.Made entries() {
        IndexEntries maker = entryMaker.get();
        return maker == null ? null : new IndexEntries.Made(maker, entries);
    }

    /** The entries made for the companies {@link #companiesToEnd} returned. */
    List<IndexEntries.Entry> entryList() {
        return entries;
    }

    /**
     * Reads companies up to the end of the list they are in, for a reader that starts at one of them (see
     * {@link SplitReading}); null as soon as one has a problem.
     */
    List<Company> companiesToEnd(ProblemCollector problems) throws IOException {
        List<Company> out = new ArrayList<>();
        while (json.hasNext()) {
            Company c = company();
            if (c == null || !problems.isEmpty()) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    /** The companies read elsewhere count towards the limit as if read here, and bring their index entries. */
    private List<Company> restOfCompanies(Utf8JsonReader reader) throws IOException {
        List<Company> tail = rest.from(reader);
        if (tail != null) {
            if ((companiesStarted += tail.size()) > maxCompanies) {
                throw DatasetTooLargeException.tooManyCompanies(name, maxCompanies);
            }
            entries.addAll(rest.entries());
        }
        return tail;
    }

    /** Returns the dataset as far as it could be read; its problems are in the collector. */
    Dataset read() throws IOException {
        Root root = new Root();
        json.object(root::field, "formatVersion", "title", "version", "sources", "companies");
        // absent or unreadable: already reported here, so the validator's version check must not report it again
        int formatVersion = root.formatVersion == null ? DatasetValidator.SUPPORTED_FORMAT : root.formatVersion;
        DatasetInfo info = new DatasetInfo(formatVersion, root.title, root.version, root.description, root.licence,
                root.asOf, root.sourcingNotes);
        return new Dataset(info, root.sources, root.frameworks, root.companies);
    }

    private final class Root {
        Integer formatVersion;
        String title;
        String version;
        String description;
        String licence;
        String asOf;
        List<String> sourcingNotes = List.of();
        List<Source> sources = List.of();
        List<Framework> frameworks = List.of();
        List<Company> companies = List.of();

        boolean field(String name) throws IOException {
            switch (name) {
                case "$schema" -> json.string();
                case "formatVersion" -> formatVersion = json.integer();
                case "title" -> title = json.string();
                case "version" -> version = json.string();
                case "description" -> description = json.string();
                case "licence" -> licence = json.string();
                case "asOf" -> asOf = json.string();
                case "sourcingNotes" -> sourcingNotes = json.strings();
                case "sources" -> sources = json.array(DatasetReader.this::source);
                case "frameworks" -> {
                    frameworks = json.array(DatasetReader.this::framework);
                    // the companies' index entries need the framework names; a table after the companies is
                    // too late for them, and the index makes them itself
                    entryMaker.compareAndSet(null, new IndexEntries(frameworks));
                }
                case "companies" -> {
                    entryMaker.compareAndSet(null, new IndexEntries(frameworks));
                    companies = json.array(DatasetReader.this::company,
                            rest == null ? null : DatasetReader.this::restOfCompanies);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private Source source() throws IOException {
        String[] s = new String[6];
        SourceKind[] kind = new SourceKind[1];
        boolean read = json.object(name -> {
            switch (name) {
                case "id" -> s[0] = json.sharedString();
                case "url" -> s[1] = json.string();
                case "title" -> s[2] = json.string();
                case "publisher" -> s[3] = json.string();
                case "kind" -> kind[0] = vocabulary(SOURCE_KINDS);
                case "dateRead" -> s[4] = json.string();
                case "note" -> s[5] = json.string();
                default -> {
                    return false;
                }
            }
            return true;
        }, "id", "kind");
        if (!read || s[0] == null || kind[0] == null) {
            return null;
        }
        return new Source(s[0], s[1], s[2], s[3], kind[0], s[4], s[5]);
    }

    private Framework framework() throws IOException {
        String[] s = new String[2];
        boolean read = json.object(name -> {
            switch (name) {
                case "id" -> s[0] = json.sharedString();
                case "name" -> s[1] = json.sharedString();
                default -> {
                    return false;
                }
            }
            return true;
        }, "id", "name");
        return !read || s[0] == null || s[1] == null ? null : new Framework(s[0], s[1]);
    }

    private Company company() throws IOException {
        if (++companiesStarted > maxCompanies) {
            throw DatasetTooLargeException.tooManyCompanies(name, maxCompanies);
        }
        CompanyFields c = new CompanyFields();
        boolean read = json.object(c::field, "id", "name");
        if (!read || c.id == null || c.name == null) {
            return null;
        }
        Company company = new Company(c.id, c.name, c.industry, c.country, c.founded, c.adoption, c.useCases,
                c.frameworks, c.openSource, c.languages, c.figures, c.quotes, c.notable, c.alternatives, c.painPoints);
        IndexEntries maker = entryMaker.get();
        entries.add(maker == null ? null : maker.entry(company));
        return company;
    }

    private final class CompanyFields {
        String id;
        String name;
        TextFact industry;
        TextFact country;
        FoundedYear founded;
        Adoption adoption;
        List<UseCaseFact> useCases = List.of();
        List<FrameworkFact> frameworks = List.of();
        List<TextFact> openSource = List.of();
        List<LanguageFact> languages = List.of();
        List<Figure> figures = List.of();
        List<Quote> quotes = List.of();
        List<TextFact> notable = List.of();
        List<TextFact> alternatives = List.of();
        List<TextFact> painPoints = List.of();

        boolean field(String field) throws IOException {
            switch (field) {
                case "id" -> id = json.string();
                case "name" -> name = json.string();
                case "industry" -> industry = sharedTextFact();
                case "headquartersCountry" -> country = sharedTextFact();
                case "founded" -> founded = fact(FactShape.FOUNDED, RawFact::founded);
                case "pythonAdoption" -> adoption = fact(FactShape.ADOPTION, RawFact::adoption);
                case "useCases" -> useCases = json.array(useCaseFact);
                case "frameworks" -> frameworks = json.array(frameworkFact);
                case "openSourceProjects" -> openSource = json.array(textFact);
                case "otherLanguages" -> languages = json.array(languageFact);
                case "figures" -> figures = json.array(figure);
                case "quotes" -> quotes = json.array(quote);
                case "notableFacts" -> notable = json.array(textFact);
                case "alternativesConsidered" -> alternatives = json.array(textFact);
                case "painPoints" -> painPoints = json.array(textFact);
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private TextFact textFact() throws IOException {
        return fact(FactShape.TEXT, RawFact::text);
    }

    /** A text fact whose value repeats across companies, such as an industry or a country. */
    private TextFact sharedTextFact() throws IOException {
        TextFact f = textFact();
        return f == null ? null : new TextFact(interner.shareUtf8(f.valueUtf8()), f.asOf(), f.provenance());
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
     * notes and addresses read at) as UTF-8.
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
                    f.valueUtf8 = json.utf8();
                }
            }
            case "text" -> f.text = json.utf8();
            case "year" -> f.year = json.integer();
            case "yearQualifier" -> f.yearQualifier = vocabulary(YEAR_QUALIFIERS);
            case "useCase" -> f.useCase = vocabulary(USE_CASES);
            case "frameworkIds" -> f.frameworkIds = json.sharedStrings(shareAll);
            case "metric" -> f.metric = interner.share(json.sharedString());
            case "number" -> f.number = json.number();
            case "unit" -> f.unit = interner.share(json.sharedString());
            case "sharePercent" -> f.sharePercent = json.number();
            case "asOf" -> f.asOf = interner.share(json.sharedString());
            case "speaker" -> f.speaker = json.utf8();
            case "role" -> f.role = interner.share(json.sharedString());
            case "verbatim" -> f.verbatim = json.bool();
            case "sources" -> f.sources = json.sharedStrings(shareAll);
            case "verified" -> f.verified = json.bool();
            case "evidence" -> f.evidence = vocabulary(SOURCE_KINDS);
            case "confidence" -> f.confidence = vocabulary(CONFIDENCES);
            case "note" -> f.note = json.utf8();
            case "seenAt" -> f.seenAt = json.utf8();
            default -> {
                return false;
            }
        }
        return true;
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
        byte[] valueUtf8;
        byte[] text;
        Integer year;
        YearQualifier yearQualifier;
        UseCase useCase;
        List<String> frameworkIds;
        String metric;
        Double number;
        String unit;
        Double sharePercent;
        String asOf;
        byte[] speaker;
        String role;
        Boolean verbatim;
        List<String> sources;
        Boolean verified;
        SourceKind evidence;
        Confidence confidence;
        byte[] note;
        byte[] seenAt;

        RawFact(Interner interner) {
            this.interner = interner;
        }

        void clear() {
            value = null;
            valueUtf8 = null;
            text = null;
            year = null;
            yearQualifier = null;
            useCase = null;
            frameworkIds = null;
            metric = null;
            number = null;
            unit = null;
            sharePercent = null;
            asOf = null;
            speaker = null;
            role = null;
            verbatim = null;
            sources = null;
            verified = null;
            evidence = null;
            confidence = null;
            note = null;
            seenAt = null;
        }

        boolean complete(FactShape shape) {
            if (sources == null || verified == null) {
                return false;
            }
            return switch (shape) {
                case TEXT, FIGURE -> valueUtf8 != null;
                case LANGUAGE -> value != null;
                case FOUNDED -> year != null;
                case ADOPTION -> text != null;
                case USE_CASE -> useCase != null;
                case FRAMEWORK -> value != null && frameworkIds != null;
                case QUOTE -> text != null && speaker != null && verbatim != null;
            };
        }

        Provenance provenance() {
            return interner.provenance(sources, verified, evidence, confidence, note, seenAt);
        }

        TextFact text() {
            return new TextFact(valueUtf8, asOf, provenance());
        }

        FoundedYear founded() {
            return new FoundedYear(year, provenance());
        }

        Adoption adoption() {
            YearQualifier q = year == null ? null : yearQualifier == null ? YearQualifier.IN : yearQualifier;
            return new Adoption(text, year, q, provenance());
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
            return new Figure(valueUtf8, metric, number, unit, asOf, provenance());
        }

        Quote quote() {
            return new Quote(text, speaker, role, verbatim, asOf, provenance());
        }
    }
}
