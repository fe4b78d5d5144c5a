package org.pyadoption.explorer.data;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPathAndIdTest {

    @Test
    void pathsReadAsJsonPaths() {
        JsonPath quote = JsonPath.ROOT.field("companies").index(3).field("quotes").index(0);

        assertThat(JsonPath.ROOT).hasToString("$");
        assertThat(quote).hasToString("$.companies[3].quotes[0]");
        assertThat(quote.field("sources").index(1)).hasToString("$.companies[3].quotes[0].sources[1]");
    }

    @Test
    void idCheckAgreesWithTheKebabCasePattern() {
        Pattern kebab = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (String s : List.of("", "-", "a", "a-", "-a", "a--b", "a-b", "spotify", "bank-of-america", "A", "a_b",
                "a b", "ä", "company-000123", "9")) {
            assertThat(DatasetValidator.isId(s)).as(s).isEqualTo(kebab.matcher(s).matches());
        }
        Random random = new Random(1);
        char[] alphabet = "ab9-Z_ ".toCharArray();
        for (int i = 0; i < 20_000; i++) {
            char[] s = new char[random.nextInt(6)];
            for (int j = 0; j < s.length; j++) {
                s[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String id = new String(s);
            assertThat(DatasetValidator.isId(id)).as(id).isEqualTo(kebab.matcher(id).matches());
        }
    }

    @Test
    void orderedSetKeepsTheGivenOrder() {
        OrderedSet<String> set = OrderedSet.of(List.of("flask", "django", "numpy"));

        assertThat(set).containsExactly("flask", "django", "numpy");
        assertThat(set).contains("django").doesNotContain("pandas");
        assertThat(set).isEqualTo(java.util.Set.of("numpy", "django", "flask"));
    }
}
