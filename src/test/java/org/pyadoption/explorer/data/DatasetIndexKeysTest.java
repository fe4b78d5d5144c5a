package org.pyadoption.explorer.data;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.DatasetInfo;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search key and the name order, which the index builds by shortcuts for ASCII text, are exactly those of the
 * plain definitions: the key is its parts lower-cased with {@link Locale#ROOT}, the order is {@link DatasetIndex#BY_NAME}.
 */
class DatasetIndexKeysTest {

    /** Letters of both cases, punctuation that sorts between them, and non-ASCII letters of several scripts. */
    private static final String[] PIECES = {"a", "B", "z", "Z", "_", "[", "`", "{", "~", " ", "0", "9", "ä", "Ä",
        "É", "İ", "ΟΔΟΣ", "ß", "東京", "🐍", "Ǆ", "ﬀ", "K", "k"};

    private static final Provenance SOURCED = new Provenance(List.of("s"), false, null, null, (String) null, null);

    private static String randomText(Random random, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(maxPieces);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static Dataset dataset(int companies, long seed) {
        Random random = new Random(seed);
        List<Company> list = new ArrayList<>();
        for (int i = 0; i < companies; i++) {
            // names repeat, so that the ids decide between equal names
            String name = random.nextInt(4) == 0 ? "Same Name" : randomText(random, 6);
            list.add(new Company("c" + (companies - i), name, fact(randomText(random, 4)), null, null, null,
                    List.of(new UseCaseFact(UseCase.values()[random.nextInt(UseCase.values().length)], SOURCED)),
                    List.of(new FrameworkFact(randomText(random, 3), List.of("fw"), SOURCED)),
                    List.of(fact(randomText(random, 5)), fact("Plain ASCII Project")), List.of(), List.of(),
                    List.of(new Quote(randomText(random, 8), "Speaker", null, true, null, SOURCED)),
                    List.of(), List.of(), List.of()));
        }
        return new Dataset(new DatasetInfo(1, "t", "1", null, null, null, List.of()), List.of(),
                List.of(new Framework("fw", "Ünicode Framework")), list);
    }

    private static TextFact fact(String value) {
        return new TextFact(value, null, SOURCED);
    }

    /** The search key as defined: the parts, one per line, lower-cased together. */
    private static String expectedKey(Company c) {
        StringBuilder key = new StringBuilder();
        key.append(c.name()).append('\n').append(c.industry().value()).append('\n');
        for (UseCaseFact u : c.useCases()) {
            key.append(u.useCase().label()).append('\n').append(u.useCase().id()).append('\n');
        }
        for (FrameworkFact f : c.frameworks()) {
            key.append(f.value()).append('\n').append("Ünicode Framework").append('\n');
        }
        for (TextFact p : c.openSourceProjects()) {
            key.append(p.value()).append('\n');
        }
        for (Quote q : c.quotes()) {
            key.append(q.text()).append('\n');
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 12_000}) // below and above the size from which the index works in parallel
    void searchKeysAndNameOrderAreThoseOfThePlainDefinitions(int companies) {
        Dataset d = dataset(companies, companies);

        DatasetIndex index = DatasetIndex.of(d);

        for (IndexedCompany ic : index.companies()) {
            assertThat(ic.searchKey()).isEqualTo(expectedKey(ic.company()));
        }
        List<IndexedCompany> expected = new ArrayList<>(index.companies());
        expected.sort(DatasetIndex.BY_NAME);
        assertThat(index.companiesByName()).containsExactlyElementsOf(expected);
        assertThat(index.companiesByName().stream().map(IndexedCompany::name).distinct().count())
                .isGreaterThan(companies / 2);
    }
}
