package org.pyadoption.explorer.data;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Loader and validator on any bytes: a file is loaded or rejected with problems, nothing else. Any other exception
 * (or a run over the timeout) is a finding. `mvn verify` replays the inputs in
 * src/test/resources/org/pyadoption/explorer/data/DatasetLoaderFuzzTestInputs/; README-scale.md says how to fuzz.
 */
class DatasetLoaderFuzzTest {

    /** Small limits keep each run fast; limits are tested on their own. */
    private static final DatasetLoader LOADER = new DatasetLoader(
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), 50, new LoadLimits(1 << 20, 1_000));

    @FuzzTest(maxDuration = "5m")
    @Timeout(10)
    @DictionaryEntries({"\"formatVersion\"", "\"title\"", "\"version\"", "\"sources\"", "\"frameworks\"",
        "\"companies\"", "\"id\"", "\"name\"", "\"url\"", "\"kind\"", "\"primary\"", "\"general-knowledge\"",
        "\"industry\"", "\"headquartersCountry\"", "\"founded\"", "\"pythonAdoption\"", "\"useCases\"",
        "\"useCase\"", "\"web-backend\"", "\"frameworkIds\"", "\"otherLanguages\"", "\"sharePercent\"",
        "\"figures\"", "\"number\"", "\"unit\"", "\"%\"", "\"metric\"", "\"quotes\"", "\"speaker\"",
        "\"verbatim\"", "\"notableFacts\"", "\"value\"", "\"text\"", "\"year\"", "\"yearQualifier\"", "\"asOf\"",
        "\"verified\"", "\"evidence\"", "\"confidence\"", "\"note\"", "\"seenAt\"", "\"dateRead\"",
        "\"https://a.example/\"", "true", "false", "null", "1e400", "-0", "\\u0000", "\\ud800"})
    void loadsOrRejectsCleanly(byte[] input) {
        try {
            LoadedDataset loaded = LOADER.load("fuzz.json", () -> new ByteArrayInputStream(input));
            if (loaded.index().companies().size() != loaded.dataset().companies().size()) {
                throw new AssertionError("the index lost companies");
            }
            for (IndexedCompany c : loaded.index().companies()) {
                DisplayText.of(c.name(), 20);
            }
        } catch (DatasetLoadException e) {
            if (e.problems().isEmpty() || e.totalProblems() < e.problems().size()) {
                throw new AssertionError("rejected without a problem to show", e);
            }
            e.report();
        } catch (IOException e) {
            // a clean refusal, e.g. over the size cap
        }
    }
}
