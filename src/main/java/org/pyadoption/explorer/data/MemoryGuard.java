package org.pyadoption.explorer.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Tells when a load is about to run out of memory, so it can stop with a clear message instead of an
 * OutOfMemoryError that could hit any thread: it looks at the long-lived part of the heap as the last garbage
 * collection left it, which is what the dataset being read fills.
 */
final class MemoryGuard {

    /** A load stops once the data that survived the last collection fills this share of the heap. */
    static final double FULL = 0.85;

    private final List<MemoryPoolMXBean> tenured;

    MemoryGuard() {
        tenured = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()
                        && p.isUsageThresholdSupported())
                .toList();
    }

    /** True when the long-lived heap, as of the last collection, is more than {@link #FULL} full. */
    boolean nearlyFull() {
        for (MemoryPoolMXBean pool : tenured) {
            MemoryUsage after = pool.getCollectionUsage();
            long max = pool.getUsage().getMax();
            if (after != null && max > 0 && after.getUsed() > FULL * max) {
                return true;
            }
        }
        return false;
    }

    /** The most heap the JVM may use, in bytes. */
    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
