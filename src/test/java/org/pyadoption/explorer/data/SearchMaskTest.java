package org.pyadoption.explorer.data;

import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.data.synthetic.SyntheticDataset;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SearchMaskTest {

    @Test
    void aTextMayContainEveryPartOfItself() {
        Random random = new Random(3);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -.é\u4e2d";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SearchMask mask = SearchMask.of(text);
            int from = text.length() == 0 ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(mask.mayContain(SearchMask.of(text.substring(from, to)))).isTrue();
        }
    }

    @Test
    void aTermWithALetterTheTextLacksIsRuledOut() {
        SearchMask text = SearchMask.of("django\nweb backend");

        assertThat(text.mayContain(SearchMask.of("zope"))).isFalse();
        assertThat(text.mayContain(SearchMask.of("ngo"))).isTrue();
    }

    @Test
    void onlyASingleLetterOrDigitIsAnsweredByTheMaskAlone() {
        assertThat(SearchMask.of("d").isExact()).isTrue();
        assertThat(SearchMask.of("7").isExact()).isTrue();
        assertThat(SearchMask.of("dd").isExact()).isFalse();
        assertThat(SearchMask.of("-").isExact()).isFalse();
        assertThat(SearchMask.of("é").isExact()).isFalse();
        assertThat(SearchMask.of("").isExact()).isFalse();
        assertThat(SearchMask.of("django").mayContain(SearchMask.of("j"))).isTrue();
        assertThat(SearchMask.of("django").mayContain(SearchMask.of("x"))).isFalse();
    }

    @Test
    void matchesGivesWhatAPlainSubstringSearchGives() throws Exception {
        byte[] bytes = SyntheticDataset.bytes(300, 5);
        DatasetIndex index = new DatasetLoader(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
                20, LoadLimits.defaults()).load("s", () -> new ByteArrayInputStream(bytes)).index();
        for (String query : List.of("d", "dj", "django", "python data", "zz", "web-backend", "machine learning",
                "jobs", "e", "flask ml", "company", "an ar", "x", "q", "0", "2", "-", "z 9")) {
            String[] terms = query.split(" ");
            for (IndexedCompany c : index.companies()) {
                boolean plain = true;
                for (String t : terms) {
                    plain &= c.searchKey().contains(t);
                }
                assertThat(c.matches(terms)).as(query + " in " + c.id()).isEqualTo(plain);
            }
        }
    }

    @Test
    void theTermsArrayMayChangeBetweenCalls() throws Exception {
        IndexedCompany c = new IndexedCompany(null, "django\nweb backend", java.util.Set.of(), java.util.Set.of(),
                "", "", null, 0);
        String[] terms = {"django"};

        assertThat(c.matches(terms)).isTrue();
        terms[0] = "flask";
        assertThat(c.matches(terms)).isFalse();
    }
}
