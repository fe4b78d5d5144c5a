package org.pyadoption.explorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Confidence;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.LanguageFact;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.SourceKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The dataset the app ships with: everything the research found is there, and nothing unsourced looks sourced. */
class BundledDatasetTest {

    private static final Set<String> PSEUDO_SOURCES = Set.of("general-knowledge", "founding-documents");

    /** Facts per company, counted once in companies-facts.json (the research the dataset is built from). */
    private static final Map<String, Integer> FACTS_PER_COMPANY = new LinkedHashMap<>();

    static {
        FACTS_PER_COMPANY.put("spotify", 34);
        FACTS_PER_COMPANY.put("instagram", 38);
        FACTS_PER_COMPANY.put("meta", 31);
        FACTS_PER_COMPANY.put("netflix", 33);
        FACTS_PER_COMPANY.put("quora", 13);
        FACTS_PER_COMPANY.put("dropbox", 27);
        FACTS_PER_COMPANY.put("google", 18);
        FACTS_PER_COMPANY.put("youtube", 17);
        FACTS_PER_COMPANY.put("ilm", 14);
        FACTS_PER_COMPANY.put("reddit", 15);
        FACTS_PER_COMPANY.put("pinterest", 15);
        FACTS_PER_COMPANY.put("uber", 17);
        FACTS_PER_COMPANY.put("lyft", 14);
        FACTS_PER_COMPANY.put("yelp", 10);
        FACTS_PER_COMPANY.put("disqus", 16);
        FACTS_PER_COMPANY.put("eventbrite", 10);
        FACTS_PER_COMPANY.put("jpmorgan-chase", 18);
        FACTS_PER_COMPANY.put("bank-of-america", 8);
        FACTS_PER_COMPANY.put("airbnb", 10);
        FACTS_PER_COMPANY.put("microsoft", 14);
        FACTS_PER_COMPANY.put("ccp-games", 12);
        FACTS_PER_COMPANY.put("united-space-alliance", 7);
        FACTS_PER_COMPANY.put("robinhood", 11);
        FACTS_PER_COMPANY.put("zalando", 10);
        FACTS_PER_COMPANY.put("bloomberg", 8);
        FACTS_PER_COMPANY.put("mozilla", 11);
    }

    private static LoadedDataset loaded;
    private static Dataset dataset;
    private static DatasetIndex index;

    @BeforeAll
    static void load() throws Exception {
        loaded = new DatasetLoader().loadBundled();
        dataset = loaded.dataset();
        index = loaded.index();
    }

    @Test
    void headerDescribesFormatVersion1() {
        assertThat(loaded.isBundled()).isTrue();
        assertThat(dataset.info().formatVersion()).isEqualTo(1);
        assertThat(dataset.info().title()).isEqualTo("Python at 26 technology companies");
        assertThat(dataset.info().asOf()).isEqualTo("2026-11-22");
        assertThat(dataset.info().sourcingNotes()).isNotEmpty();
    }

    @Test
    void holds26CompaniesWith431FactsFrom105Sources() {
        assertThat(dataset.companies()).hasSize(26);
        assertThat(dataset.factCount()).isEqualTo(431);
        assertThat(dataset.sources()).hasSize(105);
        assertThat(dataset.sources()).filteredOn(Source::hasUrl).hasSize(103);
        assertThat(dataset.sources()).filteredOn(s -> !s.hasUrl())
                .extracting(Source::id, Source::kind)
                .containsExactly(tuple("general-knowledge", SourceKind.GENERAL_KNOWLEDGE),
                        tuple("founding-documents", SourceKind.FOUNDING_DOCUMENT_CLAIM));
    }

    @Test
    void everyCompanyHasAsManyFactsAsTheResearch() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (Company c : dataset.companies()) {
            actual.put(c.id(), c.factCount());
        }

        assertThat(actual).containsExactlyEntriesOf(FACTS_PER_COMPANY);
        assertThat(FACTS_PER_COMPANY.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(431);
    }

    @Test
    void verifiedAndUnverifiedFactsAreCountedAsInTheResearch() {
        List<Fact> all = allFacts();

        assertThat(all).filteredOn(Fact::verified).hasSize(354);
        assertThat(all).filteredOn(f -> !f.verified()).hasSize(77);
    }

    @Test
    void everyCitedSourceExists() {
        List<String> unresolved = new ArrayList<>();
        for (Company c : dataset.companies()) {
            for (Fact f : c.facts()) {
                for (String id : f.provenance().sourceIds()) {
                    if (index.source(id).isEmpty()) {
                        unresolved.add(c.id() + ": " + id);
                    }
                }
            }
        }

        assertThat(unresolved).isEmpty();
        assertThat(allFacts()).allSatisfy(f -> assertThat(f.provenance().sourceIds()).isNotEmpty());
    }

    @Test
    void unverifiedFactsCiteOnlyThePseudoSourcesAndNothingCitingThemIsVerified() {
        for (Company c : dataset.companies()) {
            for (Fact f : c.facts()) {
                List<String> ids = f.provenance().sourceIds();
                boolean citesPseudoSource = ids.stream().anyMatch(PSEUDO_SOURCES::contains);
                if (f.verified()) {
                    assertThat(citesPseudoSource).as("%s: verified fact %s cites %s", c.id(), f.text(), ids).isFalse();
                    assertThat(ids).as("%s: %s", c.id(), f.text())
                            .anySatisfy(id -> assertThat(index.source(id).orElseThrow().hasUrl()).isTrue());
                } else {
                    assertThat(ids).as("%s: unverified fact %s", c.id(), f.text()).isNotEmpty()
                            .allSatisfy(id -> assertThat(PSEUDO_SOURCES).contains(id));
                }
            }
        }
    }

    @Test
    void showcaseCompaniesAreComplete() {
        // use cases, frameworks, open-source projects, other languages, figures, quotes, notable facts
        assertComplete("spotify", "Spotify", 5, 10, 3, 3, 4, 2, 3);
        assertComplete("instagram", "Instagram (Meta)", 2, 6, 3, 2, 9, 3, 9);
        assertComplete("meta", "Facebook / Meta", 4, 2, 5, 6, 6, 1, 3);
        assertComplete("netflix", "Netflix", 4, 11, 4, 1, 3, 2, 4);
        assertComplete("quora", "Quora", 1, 0, 0, 1, 0, 2, 5);
    }

    @Test
    void netflixKeepsTheUnconfirmedTenGbpsFigureMarkedUnverified() {
        Company netflix = company("netflix");

        assertThat(netflix.figures())
                .filteredOn(f -> f.value().startsWith("Fetch data at 10 Gbps"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo("Fetch data at 10 Gbps, hold hundreds of millions of data points "
                            + "in memory, computation over tens of thousands of CPU cores");
                    assertThat(f.verified()).isFalse();
                    assertThat(f.provenance().sourceIds()).containsExactly("founding-documents");
                    assertThat(index.source("founding-documents").orElseThrow().kind())
                            .isEqualTo(SourceKind.FOUNDING_DOCUMENT_CLAIM);
                    assertThat(f.number()).isNull();
                    assertThat(f.asOf()).isNull();
                });
    }

    @Test
    void quotesAreVerbatimWithTheirSpeakerAndSource() {
        Quote spotify = quote("spotify", "Speed is a big focus for Spotify.");
        assertThat(spotify.text()).isEqualTo("Speed is a big focus for Spotify. Python fits well into this mindset, "
                + "as it gets us big wins in speed of development.");
        assertThat(spotify.speaker()).isEqualTo("Geoff van der Meer (Spotify engineering blog, 20 March 2013)");
        assertThat(spotify.verbatim()).isTrue();
        assertThat(spotify.verified()).isTrue();
        assertThat(urlOf(spotify)).isEqualTo("https://engineering.atspotify.com/2013/03/how-we-use-python-at-spotify/");

        Quote meta = quote("meta", "Python aficionados");
        assertThat(meta.text()).endsWith("is the third most popular language at Facebook, behind Hack (our in-house "
                + "dialect of PHP) and C++.");
        assertThat(meta.speaker()).isEqualTo("Facebook Engineering blog, 'Python in production engineering' "
                + "(27 May 2016)");
        assertThat(urlOf(meta)).isEqualTo(
                "https://engineering.fb.com/2016/05/27/production-engineering/python-in-production-engineering/");

        Quote instagram = quote("instagram", "Instagram Server");
        assertThat(instagram.text()).isEqualTo("Instagram Server is entirely Python powered.");
        assertThat(instagram.speaker()).isEqualTo("Benjamin Woodruff, Instagram Engineering (15 August 2019)");

        Quote netflix = quote("netflix", "We are proud to say");
        assertThat(netflix.text()).isEqualTo("We are proud to say that our team\u2019s tools are built primarily in "
                + "Python");
        assertThat(netflix.provenance().evidence()).isEqualTo(SourceKind.SECONDARY);
        assertThat(netflix.provenance().seenAt()).isEqualTo(
                "https://galleryofsoorya.home.blog/2020/02/07/how-netflix-uses-python-streaming-giant-reveals");

        assertThat(allQuotes()).allSatisfy(q -> {
            assertThat(q.verbatim()).as(q.text()).isTrue();
            assertThat(q.speaker()).as(q.text()).isNotBlank();
        });
    }

    @Test
    void figuresKeepTheirDates() {
        Figure spotify = figure("spotify", "Around 80% of backend services");
        assertThat(spotify.asOf()).isEqualTo("2013");
        assertThat(spotify.number()).isEqualTo(80.0);
        assertThat(spotify.unit()).isEqualTo("%");
        assertThat(spotify.metric()).isEqualTo("share-of-services-in-python");

        Figure meta = figure("meta", "Python = 21% of Facebook Infrastructure");
        assertThat(meta.asOf()).isEqualTo("2016-05");
        assertThat(meta.number()).isEqualTo(21.0);

        Figure pyrefly = figure("instagram", "Instagram's Python codebase is 20 million lines");
        assertThat(pyrefly.asOf()).isEqualTo("2025-2026");
        assertThat(pyrefly.provenance().seenAt()).isEqualTo("https://github.com/magic-akari/pyrefly");

        assertThat(figure("netflix", "Serving 148 million members").asOf()).isEqualTo("2019-04");
        assertThat(figure("netflix", "Metaflow used internally").asOf()).isEqualTo("2019-12");

        Figure weak = figure("meta", "Java 9%, C 15%, C++ 55%");
        assertThat(weak.provenance().confidence()).isEqualTo(Confidence.LOW);
        assertThat(weak.provenance().isLowConfidence()).isTrue();
    }

    @Test
    void adoptionYearsReadAsTheirTextStatesThem() {
        assertThat(company("spotify").pythonAdoption().yearLabel()).isEqualTo("by 2013");
        assertThat(company("instagram").pythonAdoption().yearLabel()).isEqualTo("2010");
        assertThat(company("microsoft").pythonAdoption().yearLabel()).isEqualTo("1996");
        assertThat(company("meta").pythonAdoption().year()).isNull();
        assertThat(company("meta").pythonAdoption().yearLabel()).isEmpty();
    }

    @Test
    void generalKnowledgeFactsAreShownAsUnconfirmed() {
        LanguageFact netflixJava = company("netflix").otherLanguages().stream()
                .filter(l -> l.value().equals("Java"))
                .findFirst().orElseThrow();

        assertThat(netflixJava.verified()).isFalse();
        assertThat(netflixJava.provenance().sourceIds()).containsExactly("general-knowledge");
        assertThat(index.source("general-knowledge").orElseThrow().kind()).isEqualTo(SourceKind.GENERAL_KNOWLEDGE);
    }

    private static void assertComplete(String id, String name, int useCases, int frameworks, int openSource,
                                       int languages, int figures, int quotes, int notable) {
        Company c = company(id);
        assertThat(c.name()).isEqualTo(name);
        assertThat(c.industry()).as("%s industry", id).isNotNull();
        assertThat(c.headquartersCountry()).as("%s headquarters country", id).isNotNull();
        assertThat(c.founded()).as("%s founding year", id).isNotNull();
        assertThat(c.pythonAdoption()).as("%s Python adoption", id).isNotNull();
        assertThat(List.of(c.useCases().size(), c.frameworks().size(), c.openSourceProjects().size(),
                c.otherLanguages().size(), c.figures().size(), c.quotes().size(), c.notableFacts().size()))
                .as("%s: use cases, frameworks, open source, languages, figures, quotes, notable facts", id)
                .containsExactly(useCases, frameworks, openSource, languages, figures, quotes, notable);
        assertThat(c.factCount()).isEqualTo(FACTS_PER_COMPANY.get(id));
        assertThat(c.facts()).allSatisfy(f -> assertThat(f.text()).isNotBlank());
    }

    private static Company company(String id) {
        return index.company(id).orElseThrow(() -> new AssertionError("no company " + id)).company();
    }

    private static Quote quote(String companyId, String start) {
        return company(companyId).quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(companyId + " has no quote starting " + start));
    }

    private static Figure figure(String companyId, String start) {
        return company(companyId).figures().stream().filter(f -> f.value().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(companyId + " has no figure starting " + start));
    }

    private static String urlOf(Fact f) {
        return index.source(f.provenance().sourceIds().get(0)).orElseThrow().url();
    }

    private static List<Fact> allFacts() {
        List<Fact> all = new ArrayList<>();
        dataset.companies().forEach(c -> all.addAll(c.facts()));
        return all;
    }

    private static List<Quote> allQuotes() {
        List<Quote> all = new ArrayList<>();
        dataset.companies().forEach(c -> all.addAll(c.quotes()));
        return all;
    }
}
