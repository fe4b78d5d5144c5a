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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetLoaderLimitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Path file;
    static long size;

    @BeforeAll
    static void writeDataset() throws Exception {
        file = SyntheticDataset.write(10, 3, dir.resolve("ten.json"));
        size = Files.size(file);
    }

    private static DatasetLoader loader(long maxBytes, int maxCompanies) {
        return new DatasetLoader(CLOCK, 20, new LoadLimits(maxBytes, maxCompanies));
    }

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeItIsRead() {
        AtomicInteger reports = new AtomicInteger();

        assertThatThrownBy(() -> loader(size - 1, 100).load(file, (r, t) -> reports.incrementAndGet(), () -> false))
                .isInstanceOfSatisfying(DatasetTooLargeException.class, e -> {
                    assertThat(e.limitProperty()).isEqualTo("explorer.maxFileBytes");
                    assertThat(e.limit()).isEqualTo(size - 1);
                })
                .hasMessageContaining(file.toString())
                .hasMessageContaining(DatasetTooLargeException.bytes(size))
                .hasMessageContaining("more than the " + DatasetTooLargeException.bytes(size - 1))
                .hasMessageContaining("-Dexplorer.maxFileBytes=");
        assertThat(reports).hasValue(0);
    }

    @Test
    void aStreamOverTheSizeCapIsRefusedOnceItPassesTheCap() {
        long cap = size / 2;
        String shown = DatasetTooLargeException.bytes(cap);

        assertThatThrownBy(() -> loader(cap, 100).load("stream", () -> Files.newInputStream(file)))
                .isInstanceOf(DatasetTooLargeException.class)
                .hasMessage("stream is larger than the " + shown + " this app opens "
                        + "(start it with -Dexplorer.maxFileBytes=BYTES to change the limit)");
    }

    @Test
    void aFileAtTheSizeCapLoads() throws Exception {
        assertThat(loader(size, 100).load(file).dataset().companies()).hasSize(10);
    }

    @Test
    void moreCompaniesThanTheLimitAreRefused() {
        assertThatThrownBy(() -> loader(size, 9).load(file))
                .isInstanceOfSatisfying(DatasetTooLargeException.class, e -> {
                    assertThat(e.limitProperty()).isEqualTo("explorer.maxCompanies");
                    assertThat(e.limit()).isEqualTo(9);
                })
                .hasMessage(file + " holds more than 9 companies, the most this app loads "
                        + "(start it with -Dexplorer.maxCompanies=N to change the limit)");
    }

    @Test
    void theCompanyLimitIsPrintedWithThousandsSeparators() {
        assertThat(DatasetTooLargeException.tooManyCompanies("f.json", 200_000))
                .hasMessageStartingWith("f.json holds more than 200,000 companies");
    }

    @Test
    void exactlyTheCompanyLimitLoads() throws Exception {
        assertThat(loader(size, 10).load(file).dataset().companies()).hasSize(10);
    }

    @Test
    void runningOutOfMemoryIsExplained() {
        assertThat(DatasetTooLargeException.outOfMemory("big.json", 375_193_600L, 315_000_000L))
                .hasMessage("big.json does not fit in the 315 MB of memory this app may use (it stopped after reading "
                        + "375 MB); start it with a larger -Xmx, or load a smaller file")
                .satisfies(e -> assertThat(e.limitProperty()).isEqualTo("-Xmx"));
        assertThat(new MemoryGuard().nearlyFull()).isFalse();
    }

    @Test
    void sizesArePrintedInDecimalUnits() {
        assertThat(DatasetTooLargeException.bytes(999)).isEqualTo("999 bytes");
        assertThat(DatasetTooLargeException.bytes(1_073_741_824L)).isEqualTo("1.1 GB");
        assertThat(DatasetTooLargeException.bytes(512_000_000L)).isEqualTo("512 MB");
    }

    @Test
    void limitsComeFromSystemProperties() {
        String oldBytes = System.getProperty(LoadLimits.MAX_FILE_BYTES_PROPERTY);
        String oldCompanies = System.getProperty(LoadLimits.MAX_COMPANIES_PROPERTY);
        try {
            System.clearProperty(LoadLimits.MAX_FILE_BYTES_PROPERTY);
            System.clearProperty(LoadLimits.MAX_COMPANIES_PROPERTY);
            assertThat(LoadLimits.fromSystemProperties()).isEqualTo(LoadLimits.defaults());

            System.setProperty(LoadLimits.MAX_FILE_BYTES_PROPERTY, "2_000_000_000");
            System.setProperty(LoadLimits.MAX_COMPANIES_PROPERTY, "1000000");
            assertThat(LoadLimits.fromSystemProperties()).isEqualTo(new LoadLimits(2_000_000_000L, 1_000_000));

            System.setProperty(LoadLimits.MAX_COMPANIES_PROPERTY, "lots");
            assertThatThrownBy(LoadLimits::fromSystemProperties)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-Dexplorer.maxCompanies=lots");
        } finally {
            restore(LoadLimits.MAX_FILE_BYTES_PROPERTY, oldBytes);
            restore(LoadLimits.MAX_COMPANIES_PROPERTY, oldCompanies);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
