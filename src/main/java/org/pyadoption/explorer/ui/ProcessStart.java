package org.pyadoption.explorer.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago this process started, launcher included. On Linux it reads {@code /proc}, because
 * {@code ProcessHandle.info().startInstant()} there adds the boot time in whole seconds and can be off by up to
 * a second; elsewhere it uses {@code startInstant()}, and the JVM's own start time as the last resort.
 */
final class ProcessStart {

    /** Linux reports process start in USER_HZ clock ticks, 100 per second on every mainstream architecture. */
    private static final long LINUX_TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    static Duration elapsed() {
        Path stat = Path.of("/proc/self/stat");
        Path uptime = Path.of("/proc/uptime");
        if (Files.isReadable(stat) && Files.isReadable(uptime)) {
            try {
                return elapsedOnLinux(Files.readString(stat), Files.readString(uptime));
            } catch (IOException | RuntimeException e) {
                // fall through to the portable ways
            }
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()))
                .orElseGet(() -> Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    /**
     * @param stat   the text of {@code /proc/self/stat}; field 22 is the start time in ticks since boot
     * @param uptime the text of {@code /proc/uptime}; the first number is seconds since boot
     */
    static Duration elapsedOnLinux(String stat, String uptime) {
        // the command name (field 2) may contain spaces and parentheses: count fields after its closing ')'
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startTicks = Long.parseLong(afterName[22 - 3]);
        long startMillis = startTicks * 1000 / LINUX_TICKS_PER_SECOND;
        long uptimeMillis = Math.round(Double.parseDouble(uptime.trim().split("\\s+")[0]) * 1000);
        return Duration.ofMillis(uptimeMillis - startMillis);
    }
}
