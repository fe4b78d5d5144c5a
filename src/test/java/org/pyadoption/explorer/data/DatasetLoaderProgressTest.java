package org.pyadoption.explorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.synthetic.SyntheticDataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetLoaderProgressTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Path file;
    static long size;

    @BeforeAll
    static void writeDataset() throws Exception {
        file = SyntheticDataset.write(1_000, 1, dir.resolve("thousand.json"));
        size = Files.size(file);
    }

    private final DatasetLoader loader = new DatasetLoader(CLOCK, 20, LoadLimits.defaults());

    @Test
    void progressRisesToTheFileSize() throws Exception {
        List<long[]> reports = new ArrayList<>();

        LoadedDataset loaded = loader.load(file, (read, total) -> reports.add(new long[] {read, total}), () -> false);

        assertThat(loaded.dataset().companies()).hasSize(1_000);
        assertThat(reports).hasSizeGreaterThan(size > 4 * ProgressInputStream.REPORT_EVERY ? 4 : 1);
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(size));
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(size);
    }

    @Test
    void aStreamOfUnknownSizeReportsMinusOneAsTheTotal() throws Exception {
        List<long[]> reports = new ArrayList<>();

        loader.load("stream", () -> Files.newInputStream(file), -1, (read, total) -> reports.add(new long[] {read,
                total}), () -> false);

        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(-1));
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(size);
    }

    @Test
    void cancellingWhileReadingStopsTheLoad() {
        AtomicBoolean cancelled = new AtomicBoolean();
        long[] lastRead = {0};

        assertThatThrownBy(() -> loader.load(file, (read, total) -> {
            lastRead[0] = read;
            if (read > size / 3) {
                cancelled.set(true);
            }
        }, cancelled::get)).isInstanceOf(CancellationException.class);

        assertThat(lastRead[0]).isLessThan(size);
    }

    @Test
    void cancellingAfterTheLastByteStillStopsTheLoad() {
        AtomicBoolean cancelled = new AtomicBoolean();

        assertThatThrownBy(() -> loader.load(file, (read, total) -> cancelled.set(read == total), cancelled::get))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingAnInvalidFileEndsWithCancellationNotProblems() throws Exception {
        Path broken = dir.resolve("broken.json");
        String text = Files.readString(file).replace("\"company-000500\"", "\"Company 500\"");
        Files.writeString(broken, text);
        AtomicBoolean cancelled = new AtomicBoolean();

        assertThatThrownBy(() -> loader.load(broken, (read, total) -> cancelled.set(read == total), cancelled::get))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aLoaderCanLoadAgainAfterACancelledLoad() throws Exception {
        assertThatThrownBy(() -> loader.load(file, LoadProgress.NONE, () -> true))
                .isInstanceOf(CancellationException.class);

        assertThat(loader.load(file).dataset().companies()).hasSize(1_000);
    }
}
