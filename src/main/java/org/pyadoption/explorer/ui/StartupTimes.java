package org.pyadoption.explorer.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** The two startup moments of the report, taken on a nanosecond clock; no JavaFX here. */
final class StartupTimes {

    private static final long UNSET = Long.MIN_VALUE;

    private final LongSupplier nanoClock;
    private long firstFrame = UNSET;
    private long dataLoaded = UNSET;
    private boolean complete;

    StartupTimes(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Records the first frame (only the first call counts); true if this call completed both moments. */
    synchronized boolean markFirstFrame() {
        if (firstFrame == UNSET) {
            firstFrame = nanoClock.getAsLong();
        }
        return completes();
    }

    /** Records the loaded data (only the first call counts); true if this call completed both moments. */
    synchronized boolean markDataLoaded() {
        if (dataLoaded == UNSET) {
            dataLoaded = nanoClock.getAsLong();
        }
        return completes();
    }

    /** The report, given how long ago the process started, measured now. */
    synchronized String report(Duration sinceProcessStart) {
        long now = nanoClock.getAsLong();
        return "first frame: " + millisSinceStart(firstFrame, now, sinceProcessStart) + " ms\n"
                + "data loaded: " + millisSinceStart(dataLoaded, now, sinceProcessStart) + " ms";
    }

    /** What has not happened yet, e.g. "no first frame"; empty when both have. */
    synchronized String missing() {
        List<String> missing = new ArrayList<>();
        if (firstFrame == UNSET) {
            missing.add("no first frame");
        }
        if (dataLoaded == UNSET) {
            missing.add("no data loaded");
        }
        return String.join(", ", missing);
    }

    private boolean completes() {
        if (complete || firstFrame == UNSET || dataLoaded == UNSET) {
            return false;
        }
        complete = true;
        return true;
    }

    private static long millisSinceStart(long moment, long now, Duration sinceProcessStart) {
        return sinceProcessStart.minusNanos(now - moment).toMillis();
    }
}
