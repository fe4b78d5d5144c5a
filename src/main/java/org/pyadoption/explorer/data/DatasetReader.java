package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Adoption;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.DatasetInfo;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FoundedYear;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCaseFact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a dataset file in one streaming pass into immutable records, reporting every shape problem (wrong types,
 * missing or unknown fields, values outside the vocabularies) as it goes. Cross-checks between parts of the file
 * (source ids, duplicates, ranges) are {@link DatasetValidator}'s job.
 */
final class DatasetReader {

    private final JsonCursor json;
    private final String name;
    private final int maxCompanies;
    /** Companies read elsewhere, from one of them to the end of the list; null when there is no such reading. */
    private final RestOfCompanies rest;
    private int companiesStarted;
    /** Reads the facts of the companies. */
    private final FactReader facts;

    /**
     * What makes the companies' index entries, once the framework table is known (see {@link IndexEntries}); shared
     * by the readers of one file.
     */
    private final AtomicReference<IndexEntries> entryMaker;
    /** The index entries of the companies read, in their order; null where none was made. */
    private final List<IndexEntries.Entry> entries = new ArrayList<>();
    /** The year the companies are checked in as they are read, when this reader makes the entry maker; 0: not. */
    private final int checkYear;
    /** This thread's checker of single companies, once the entry maker is known; see {@link IndexEntries#checker}. */
    private CompanyChecks checker;
    private boolean checkerMade;

    DatasetReader(JsonCursor json, String name, int maxCompanies) {
        this(json, name, maxCompanies, null, new AtomicReference<>());
    }

    DatasetReader(JsonCursor json, String name, int maxCompanies, RestOfCompanies rest,
                  AtomicReference<IndexEntries> entryMaker) {
        this(json, name, maxCompanies, rest, entryMaker, 0);
    }

    /**
     * {@code checkYear}: when this reader reaches the company list first, the entry maker it makes has the companies
     * checked as they are read, in that year (0: not). Every reader of the file checks as the maker says.
     */
    DatasetReader(JsonCursor json, String name, int maxCompanies, RestOfCompanies rest,
                  AtomicReference<IndexEntries> entryMaker, int checkYear) {
        this.checkYear = checkYear;
        this.json = json;
        this.facts = new FactReader(json);
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
                case "frameworks" -> frameworks = json.array(DatasetReader.this::framework);
                case "companies" -> {
                    // the companies' index entries need the framework names: made with the table read so far,
                    // which the index checks (a table after the companies is too late, and the index makes them)
                    entryMaker.compareAndSet(null, checkYear == 0 ? new IndexEntries(frameworks)
                            : new IndexEntries(frameworks, sources, checkYear));
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
                case "kind" -> kind[0] = facts.sourceKind();
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
        if (maker == null) {
            entries.add(null);
            return company;
        }
        if (!checkerMade) {
            checker = maker.checker();
            checkerMade = true;
        }
        // checked here, while its records are in the processor's caches; see DatasetValidator#validate
        entries.add(maker.entry(company, checker != null && checker.passes(company)));
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
                case "industry" -> industry = facts.sharedText();
                case "headquartersCountry" -> country = facts.sharedText();
                case "founded" -> founded = facts.founded();
                case "pythonAdoption" -> adoption = facts.adoption();
                case "useCases" -> useCases = json.array(facts.useCase);
                case "frameworks" -> frameworks = json.array(facts.framework);
                case "openSourceProjects" -> openSource = json.array(facts.text);
                case "otherLanguages" -> languages = json.array(facts.language);
                case "figures" -> figures = json.array(facts.figure);
                case "quotes" -> quotes = json.array(facts.quote);
                case "notableFacts" -> notable = json.array(facts.text);
                case "alternativesConsidered" -> alternatives = json.array(facts.text);
                case "painPoints" -> painPoints = json.array(facts.text);
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

}
