package org.pyadoption.explorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyadoption.explorer.data.synthetic.SyntheticDataset;
import org.pyadoption.explorer.model.Dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Large files are read by two threads, the second one starting from a company near the middle. Whatever the file
 * holds, the outcome must be the one of reading it from start to end on one thread: the same dataset, or the same
 * problems at the same paths, lines and columns, or the same refusal.
 */
class SplitReadingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final int COMPANIES = 600;

    @TempDir
    static Path dir;
    private static byte[] valid;

    @BeforeAll
    static void writeFile() {
        valid = SyntheticDataset.bytes(COMPANIES, SyntheticDataset.DEFAULT_SEED);
    }

    /** What a load gave: a dataset, or problems, or a refusal. */
    private record Outcome(Dataset dataset, List<Problem> problems, String refusal) {
    }

    private static Outcome load(Path file, boolean inTwo, LoadLimits limits) throws IOException {
        DatasetLoader loader = new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP, limits,
                inTwo ? 1 : Long.MAX_VALUE);
        try {
            return new Outcome(loader.load(file).dataset(), null, null);
        } catch (DatasetLoadException e) {
            return new Outcome(null, e.problems(), null);
        } catch (DatasetTooLargeException e) {
            return new Outcome(null, null, e.getMessage());
        }
    }

    /** Compares without printing whole datasets, which would be megabytes of failure message. */
    private static void assertSame(Outcome two, Outcome one, String what) {
        assertThat(two.problems()).as(what).isEqualTo(one.problems());
        assertThat(two.refusal()).as(what).isEqualTo(one.refusal());
        assertThat(two.dataset() == null).as(what).isEqualTo(one.dataset() == null);
        if (one.dataset() != null) {
            assertThat(two.dataset().companies().size()).as(what).isEqualTo(one.dataset().companies().size());
            for (int i = 0; i < one.dataset().companies().size(); i++) {
                assertThat(two.dataset().companies().get(i).equals(one.dataset().companies().get(i)))
                        .as("%s: company %d", what, i).isTrue();
            }
            assertThat(two.dataset().equals(one.dataset())).as(what).isTrue();
        }
    }

    private static Outcome load(Path file, boolean inTwo) throws IOException {
        return load(file, inTwo, LoadLimits.defaults());
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String validText() {
        return new String(valid, StandardCharsets.UTF_8);
    }

    /**
     * Reads as the loader does with two threads, and tells whether the loading thread took the other thread's
     * companies; a syntax error after the company list ends the reading, as in the loader.
     */
    private static boolean otherHalfTaken(Path file) throws IOException {
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file);
             SplitReading split = SplitReading.start(file, size, "t", 1_000_000, LoadProgress.NONE, () -> false,
                     new AtomicReference<>());
             InputStream in = Channels.newInputStream(channel)) {
            Utf8JsonReader reader = new Utf8JsonReader(in, JsonCursor.NESTING_LIMIT);
            try {
                new DatasetReader(new JsonCursor(reader, new ProblemCollector("t", 10)), "t", 1_000_000,
                        split.rest(channel::position), new AtomicReference<>()).read();
            } catch (JsonSyntaxError e) {
                // reported by the loader; here only the taking counts
            }
            return split.taken();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\": [1], \"companies\": [\n {\"x\": \"é\"}, {\"y\": \"🐍\"},\n  {\"z\": [\"東京\"]}, {\"w\": 1}\n],  \"after\": true}",
        "{\"a\": [1], \"companies\": [\n {\"x\": \"é\"}, {\"y\": \"🐍 東京\"}, {\"w\": 1}],  \"after\": true}"})
    void aReaderThatTakesTheRestOfAListIsWhereOneThatReadItWouldBe(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int from = json.substring(0, json.indexOf("{\"y\"")).getBytes(StandardCharsets.UTF_8).length;
        Utf8JsonReader whole = startOfList(bytes);
        while (whole.hasNext()) {
            whole.skipValue();
        }
        Utf8JsonReader other = Utf8JsonReader.arrayElementsFrom(
                new ByteArrayInputStream(bytes, from, bytes.length - from), JsonCursor.NESTING_LIMIT, from, "companies");
        int read = 0;
        while (other.hasNext()) {
            other.skipValue();
            read++;
        }
        Utf8JsonReader taking = startOfList(bytes);
        taking.skipValue();

        taking.skipToArrayEnd(from, read, other.arrayEnd(), offset -> {
            throw new AssertionError("the whole text is in the buffer");
        });

        assertThat(List.of(taking.getPath(), taking.line(), taking.column()))
                .isEqualTo(List.of(whole.getPath(), whole.line(), whole.column()))
                .isEqualTo(List.of("$.companies[" + (read + 1) + "]", whole.line(), whole.column()));
        for (Utf8JsonReader r : List.of(whole, taking)) {
            r.endArray();
            assertThat(r.nextName()).isEqualTo("after");
            assertThat(r.nextBoolean()).isTrue();
        }
        assertThat(List.of(taking.getPath(), taking.line(), taking.column()))
                .isEqualTo(List.of(whole.getPath(), whole.line(), whole.column()));
    }

    /** A reader with the first element of the company list peeked. */
    private static Utf8JsonReader startOfList(byte[] bytes) throws IOException {
        Utf8JsonReader r = new Utf8JsonReader(new ByteArrayInputStream(bytes), JsonCursor.NESTING_LIMIT);
        r.beginObject();
        r.nextName();
        r.skipValue();
        assertThat(r.nextName()).isEqualTo("companies");
        r.beginArray();
        assertThat(r.hasNext()).isTrue();
        return r;
    }

    @Test
    void aValidFileGivesTheSameDatasetWithTheSecondHalfReadByTheOtherThread() throws Exception {
        Path file = write("valid.json", valid);

        Outcome one = load(file, false);
        Outcome two = load(file, true);

        assertThat(one.dataset()).isNotNull();
        assertThat(one.dataset().companies()).hasSize(COMPANIES);
        assertSame(two, one, file.toString());
        assertThat(otherHalfTaken(file)).isTrue();
    }

    @Test
    void problemsInTheSecondHalfAreReportedAsFromOneThread() throws Exception {
        String text = validText();
        int late = text.indexOf("\"verified\": true", text.length() * 3 / 4);
        Path file = write("late-problem.json", text.substring(0, late) + "\"verified\": \"yes\""
                + text.substring(late + "\"verified\": true".length()));

        Outcome one = load(file, false);

        assertThat(one.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("true or false");
            assertThat(p.line()).isGreaterThan(1);
        });
        assertSame(load(file, true), one, file.toString());
    }

    @Test
    void aSyntaxErrorInTheSecondHalfIsReportedAsFromOneThread() throws Exception {
        String text = validText();
        int late = text.indexOf("},\n", text.length() * 2 / 3);
        Path file = write("late-syntax.json", text.substring(0, late + 1) + text.substring(late + 2));

        Outcome one = load(file, false);

        assertThat(one.problems()).singleElement().satisfies(p -> assertThat(p.line()).isGreaterThan(1));
        assertSame(load(file, true), one, file.toString());
    }

    @Test
    void problemsAfterTheCompanyListKeepTheirLinesAndColumns() throws Exception {
        String text = validText().stripTrailing();
        String end = "\n  ]\n}";
        assertThat(text).endsWith(end);
        String body = text.substring(0, text.length() - end.length());
        Path unknownField = write("after-list.json", body + "\n  ], \"extra\": {\"é🐍\": 1}, \"more\": 2\n}\n");
        Path trailing = write("trailing.json", body + end + "\n  x\n");

        for (Path file : List.of(unknownField, trailing)) {
            Outcome one = load(file, false);
            assertThat(one.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isGreaterThan(1000));
            assertSame(load(file, true), one, file.toString());
            assertThat(otherHalfTaken(file)).isTrue();
        }
    }

    @Test
    void aFileThatIsNotPrettyPrintedIsReadByOneThread() throws Exception {
        String minified = com.google.gson.JsonParser.parseString(validText()).toString();
        Path file = write("minified.json", minified);

        Outcome one = load(file, false);

        assertThat(one.dataset()).isNotNull();
        assertSame(load(file, true), one, file.toString());
        assertThat(otherHalfTaken(file)).isFalse();
    }

    @Test
    void aGuessThatFallsOutsideTheCompanyListIsDropped() throws Exception {
        // the sources after the companies, and longer than them, their objects indented as the companies are: the
        // middle of the file is in the sources, where the bytes between two objects are those between two companies
        String padding = "    {\n      \"id\": \"padding-%06d\",\n      \"title\": \"Padding\",\n"
                + "      \"kind\": \"general-knowledge\"\n    },\n";
        StringBuilder padded = new StringBuilder();
        for (int i = 0; padded.length() < valid.length * 2; i++) {
            padded.append(padding.formatted(i));
        }
        String moved = SyntheticDataset.withListAfterCompanies(validText(), "sources", padded.toString());
        Path file = write("sources-last.json", moved);

        Outcome one = load(file, false);

        assertThat(one.dataset()).isNotNull();
        assertThat(one.dataset().sources().size()).isGreaterThan(COMPANIES * 10);
        assertSame(load(file, true), one, file.toString());
        assertThat(otherHalfTaken(file)).isFalse();
    }

    @Test
    void theCompanyLimitCountsTheOtherThreadsCompanies() throws Exception {
        Path file = write("limit.json", valid);
        LoadLimits limits = new LoadLimits(LoadLimits.defaults().maxFileBytes(), COMPANIES - 1);

        Outcome one = load(file, false, limits);

        assertThat(one.refusal()).contains(String.valueOf(COMPANIES - 1));
        assertSame(load(file, true, limits), one, file.toString());
        assertThat(load(file, true, new LoadLimits(LoadLimits.defaults().maxFileBytes(), COMPANIES)).dataset())
                .isNotNull();
    }

    @Test
    void randomDamageAnywhereGivesTheSameOutcomeAsOneThread() throws Exception {
        Random random = new Random(7);
        byte[] junk = "{}[],:\"\\ 0x\n".getBytes(StandardCharsets.UTF_8);
        int problems = 0;
        int iterations = 40;
        for (int i = 0; i < iterations; i++) {
            byte[] damaged = valid.clone();
            // most of the damage in the second half, where the other thread reads
            int at = i % 4 == 0 ? random.nextInt(damaged.length) : damaged.length / 2 + random.nextInt(damaged.length / 2);
            damaged[at] = junk[random.nextInt(junk.length)];
            Path file = write("damaged-" + i + ".json", damaged);

            Outcome one = load(file, false);

            assertSame(load(file, true), one, "damage at byte " + at);
            problems += one.problems() == null ? 0 : 1;
        }
        assertThat(problems).isGreaterThanOrEqualTo(iterations / 3);
    }

    @Test
    void progressReachesTheFileSizeOnceAndNeverPassesIt() throws Exception {
        Path file = write("progress.json", valid);
        List<Long> reported = new ArrayList<>();
        DatasetLoader loader = new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP, LoadLimits.defaults(), 1);

        loader.load(file, (read, total) -> {
            synchronized (reported) {
                assertThat(total).isEqualTo(valid.length);
                reported.add(read);
            }
        }, () -> false);

        assertThat(reported).isNotEmpty().allSatisfy(r -> assertThat(r).isBetween(0L, (long) valid.length));
        assertThat(reported.get(reported.size() - 1)).isEqualTo(valid.length);
    }

    @Test
    void cancellingStopsBothThreads() throws Exception {
        Path file = write("cancel.json", valid);
        AtomicBoolean cancel = new AtomicBoolean();
        DatasetLoader loader = new DatasetLoader(CLOCK, ProblemCollector.DEFAULT_CAP, LoadLimits.defaults(), 1);
        BooleanSupplier cancelled = cancel::get;

        assertThatThrownBy(() -> loader.load(file, (read, total) -> {
            if (read > total / 4) {
                cancel.set(true);
            }
        }, cancelled)).isInstanceOf(CancellationException.class);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (otherThreadRunning() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(otherThreadRunning()).isFalse();
    }

    private static boolean otherThreadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("dataset-reader-2") && t.isAlive());
    }
}
