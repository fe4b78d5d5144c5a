package org.pyadoption.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessStartTest {

    @Test
    void readsLinuxProcStatEvenWithParenthesesInTheCommandName() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 30 0 12345 "
                + "1000 100 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        // started 123.45 s after boot, now 125.00 s after boot
        assertThat(ProcessStart.elapsedOnLinux(stat, "125.00 240.00\n")).isEqualTo(Duration.ofMillis(1550));
    }

    @Test
    void theProcessStartedJustBeforeTheJvm() {
        Duration jvmUptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());

        Duration elapsed = ProcessStart.elapsed();

        // process clocks tick in 10 ms steps; the launcher runs for a few ms before the JVM starts its clock
        assertThat(elapsed).isBetween(jvmUptime.minusMillis(50), jvmUptime.plusSeconds(2));
    }
}
