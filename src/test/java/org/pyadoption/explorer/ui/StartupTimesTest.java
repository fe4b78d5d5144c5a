package org.pyadoption.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartupTimesTest {

    private long nanos;
    private final StartupTimes times = new StartupTimes(() -> nanos);

    @Test
    void reportsBothMomentsRelativeToProcessStart() {
        at(100);
        times.markDataLoaded();
        at(250);
        times.markFirstFrame();
        at(300);

        // the process started 1000 ms before the report, that is at -700 on this clock
        assertThat(times.report(Duration.ofMillis(1000))).isEqualTo("first frame: 950 ms\ndata loaded: 800 ms");
    }

    @Test
    void completesExactlyOnceWhateverTheOrderAndRepeats() {
        assertThat(times.markFirstFrame()).isFalse();
        assertThat(times.markFirstFrame()).isFalse();
        assertThat(times.markDataLoaded()).isTrue();
        assertThat(times.markDataLoaded()).isFalse();
        assertThat(times.markFirstFrame()).isFalse();
    }

    @Test
    void onlyTheFirstCallOfEachMomentCounts() {
        at(100);
        times.markFirstFrame();
        at(200);
        times.markFirstFrame();
        times.markDataLoaded();

        assertThat(times.report(Duration.ofMillis(500))).startsWith("first frame: 400 ms\n");
    }

    @Test
    void saysWhatIsMissing() {
        assertThat(times.missing()).isEqualTo("no first frame, no data loaded");
        times.markDataLoaded();
        assertThat(times.missing()).isEqualTo("no first frame");
        times.markFirstFrame();
        assertThat(times.missing()).isEmpty();
    }

    private void at(long millis) {
        nanos = Duration.ofMillis(millis).toNanos();
    }
}
