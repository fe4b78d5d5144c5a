package org.pyadoption.explorer.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Counts the bytes read through it: reports progress, stops with {@link CancellationException} once cancelled and
 * with {@link DatasetTooLargeException} once past the size cap (for streams whose size was not known up front) or
 * once the heap is nearly full (see {@link MemoryGuard}).
 */
final class ProgressInputStream extends FilterInputStream {

    static final long REPORT_EVERY = 1 << 18;

    private final String name;
    private final long totalBytes;
    private final long maxBytes;
    private final LoadProgress progress;
    private final BooleanSupplier cancelled;
    private final MemoryGuard memory = new MemoryGuard();
    private long count;
    private long nextReport;

    ProgressInputStream(InputStream in, String name, long totalBytes, long maxBytes, LoadProgress progress,
                        BooleanSupplier cancelled) {
        super(in);
        this.name = name;
        this.totalBytes = totalBytes;
        this.maxBytes = maxBytes;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public int read() throws IOException {
        checkCancelled(cancelled);
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkCancelled(cancelled);
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkCancelled(cancelled);
        long skipped = super.skip(n);
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would count bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    long count() {
        return count;
    }

    /** Reports the bytes read so far, whatever the step. */
    void reportNow() {
        progress.bytesRead(count, totalBytes);
    }

    private void advance(long n) throws DatasetTooLargeException {
        count += n;
        if (count > maxBytes) {
            throw DatasetTooLargeException.fileTooLarge(name, totalBytes > maxBytes ? totalBytes : -1, maxBytes);
        }
        if (count >= nextReport) {
            nextReport = count + REPORT_EVERY;
            if (memory.nearlyFull()) {
                throw DatasetTooLargeException.outOfMemory(name, count, MemoryGuard.maxHeap());
            }
            progress.bytesRead(count, totalBytes);
        }
    }

    static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("loading was cancelled");
        }
    }
}
