package org.pyadoption.explorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.synthetic.SyntheticDataset;
import org.pyadoption.explorer.model.Dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The companies' index entries are made while the file is read, on whichever thread reads each company; the index
 * a load gives must be the one made from the dataset alone, whatever was read where.
 */
class IndexEntriesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] FILE = SyntheticDataset.bytes(400, 5);

    @TempDir
    Path dir;

    private static void assertSameAsMadeFromTheDataset(LoadedDataset loaded) {
        DatasetIndex fromDataset = DatasetIndex.of(loaded.dataset());
        DatasetIndex index = loaded.index();
        assertThat(index.companies()).hasSize(loaded.dataset().companies().size());
        for (int i = 0; i < index.companies().size(); i++) {
            assertThat(index.companies().get(i).equals(fromDataset.companies().get(i))).as("company %d", i).isTrue();
        }
        assertThat(index.companiesByName()).extracting(IndexedCompany::id)
                .containsExactlyElementsOf(fromDataset.companiesByName().stream().map(IndexedCompany::id).toList());
        assertThat(index.unfilteredCounts().matching()).isEqualTo(fromDataset.unfilteredCounts().matching());
        for (String industry : fromDataset.industries()) {
            assertThat(index.unfilteredCounts().count(CatalogQuery.Facet.INDUSTRY, industry))
                    .isEqualTo(fromDataset.unfilteredCounts().count(CatalogQuery.Facet.INDUSTRY, industry));
        }
        for (String framework : fromDataset.usedFrameworkIds()) {
            assertThat(index.unfilteredCounts().count(CatalogQuery.Facet.FRAMEWORK, framework))
                    .isEqualTo(fromDataset.unfilteredCounts().count(CatalogQuery.Facet.FRAMEWORK, framework));
        }
        assertThat(index.industries()).containsExactlyElementsOf(fromDataset.industries());
        assertThat(index.countries()).containsExactlyElementsOf(fromDataset.countries());
        for (String source : List.of("general-knowledge", "founding-documents", "source-00001")) {
            assertThat(index.citing(source)).extracting(IndexedCompany::id)
                    .containsExactlyElementsOf(fromDataset.citing(source).stream().map(IndexedCompany::id).toList());
        }
    }

    /** The loader that reads a file of this test's size on two threads, and the one that reads it on one. */
    private static List<DatasetLoader> loadersOnTwoThreadsAndOne() {
        return List.of(new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP, LoadLimits.defaults(), 1),
                new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP, LoadLimits.defaults(), Long.MAX_VALUE));
    }

    /** The file with its {@code list} table moved after the companies. */
    private Path withListAfterCompanies(String text, String list) throws Exception {
        return Files.writeString(dir.resolve(list + "-last.json"), SyntheticDataset.withListAfterCompanies(text, list,
                ""));
    }

    @Test
    void theReaderMakesAnEntryForEachCompanyAsItReadsIt() throws Exception {
        ProblemCollector problems = new ProblemCollector("t", 10);
        DatasetReader reader = new DatasetReader(new JsonCursor(new Utf8JsonReader(new ByteArrayInputStream(FILE),
                JsonCursor.NESTING_LIMIT), problems), "t", 1_000_000, null, new AtomicReference<>());

        Dataset d = reader.read();

        assertThat(problems.problems()).isEmpty();
        IndexEntries.Entry[] taken = new IndexEntries.Entry[d.companies().size()];
        assertThat(reader.entries().take(d, taken)).as("companies without an entry").isZero();
        assertThat(taken).allSatisfy(e -> assertThat(e).isNotNull());
    }

    @Test
    void aLoadOnOneOrTwoThreadsGivesTheIndexMadeFromTheDataset() throws Exception {
        Path file = Files.write(dir.resolve("d.json"), FILE);
        for (DatasetLoader loader : loadersOnTwoThreadsAndOne()) {
            LoadedDataset loaded = loader.load(file);

            assertSameAsMadeFromTheDataset(loaded);
        }
    }

    @Test
    void entriesMadeBeforeTheFrameworkTableIsReadAreNotUsed() throws Exception {
        // the framework table after the companies: the entries made while reading lack the frameworks' names
        Path file = withListAfterCompanies(new String(FILE, StandardCharsets.UTF_8), "frameworks");

        for (DatasetLoader loader : loadersOnTwoThreadsAndOne()) {
            LoadedDataset loaded = loader.load(file);

            assertThat(loaded.dataset().frameworks()).isNotEmpty();
            assertSameAsMadeFromTheDataset(loaded);
            assertThat(loaded.index().companies()).anySatisfy(c -> assertThat(c.searchKey()).contains(
                    loaded.index().frameworkName(c.frameworkIds().iterator().next()).toLowerCase()));
        }
    }

    @Test
    void eachCompanyIsCheckedAsItIsReadWithTheTablesReadBeforeIt() throws Exception {
        ProblemCollector problems = new ProblemCollector("t", 10);
        DatasetReader reader = new DatasetReader(new JsonCursor(new Utf8JsonReader(new ByteArrayInputStream(FILE),
                JsonCursor.NESTING_LIMIT), problems), "t", 1_000_000, null, new AtomicReference<>(), 2026);

        Dataset d = reader.read();

        IndexEntries.Made made = reader.entries();
        assertThat(made.checkedFor(d, 2026)).isTrue();
        assertThat(made.checkedFor(d, 2027)).as("checked in another year").isFalse();
        for (int i = 0; i < d.companies().size(); i++) {
            assertThat(made.passed(d, i)).as("company %d", i).isTrue();
        }
    }

    @Test
    void companiesCheckedBeforeTheSourceTableIsReadAreCheckedAgain() throws Exception {
        // the source table after the companies: checked as they are read, every fact cites an unknown source
        Path file = withListAfterCompanies(new String(FILE, StandardCharsets.UTF_8), "sources");

        for (DatasetLoader loader : loadersOnTwoThreadsAndOne()) {
            LoadedDataset loaded = loader.load(file);

            assertThat(loaded.dataset().companies()).hasSize(400);
            assertSameAsMadeFromTheDataset(loaded);
        }
    }

    @Test
    void aProblemInACompanyIsReportedWhereverTheSourceTableIs() throws Exception {
        String text = new String(FILE, StandardCharsets.UTF_8);
        int company = text.indexOf("\"companies\"");
        int cited = text.indexOf("\"general-knowledge\"", company);
        String broken = text.substring(0, cited) + "\"no-such-source\"" + text.substring(cited + 19);
        Path inPlace = Files.writeString(dir.resolve("broken.json"), broken);

        for (Path file : List.of(inPlace, withListAfterCompanies(broken, "sources"))) {
            for (DatasetLoader loader : loadersOnTwoThreadsAndOne()) {
                DatasetLoadException e = catchThrowableOfType(() -> loader.load(file), DatasetLoadException.class);

                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("unknown source id \"no-such-source\"; add it to $.sources");
                    assertThat(p.path()).startsWith("$.companies[0].").contains(".sources[");
                });
            }
        }
    }
}
