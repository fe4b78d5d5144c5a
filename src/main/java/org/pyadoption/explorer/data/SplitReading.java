package org.pyadoption.explorer.data;

import com.google.gson.stream.JsonToken;
import org.pyadoption.explorer.model.Company;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Reads the second half of a large file's company list on another thread while the loading thread reads the file
 * from the start, so that a load uses two cores.
 * <p>
 * The other thread guesses where a company starts near the middle of the file: in a pretty-printed file, the bytes
 * between two companies (a line break, the indentation, a closing brace, a comma, the next line's indentation and an
 * opening brace) are the same all along the list, and a line break is never inside a string. It reads the first two
 * companies to learn those bytes, looks for them from the middle on, and reads the companies from there to the end of
 * the list. The guess is only taken when the loading thread, reading as it always does, gets to a company that starts
 * exactly there; it then takes the other thread's companies and goes on after the list, with its lines, columns and
 * paths as if it had read them itself. When the guess was wrong, the other thread met any problem, or the file is not
 * pretty-printed, the loading thread reads everything itself, so the problems it reports and the dataset it makes
 * are always those of reading the file from start to end.
 */
final class SplitReading implements AutoCloseable {

    /** Smaller files are read by one thread: starting the other one would cost more than it saves. */
    static final long DEFAULT_MIN_BYTES = 16L << 20;

    private static final String COMPANIES = "companies";
    private static final int CHUNK = 1 << 20;

    private final Path file;
    private final long size;
    private final String name;
    private final int maxCompanies;
    private final BooleanSupplier cancelled;
    private final Progress progress;
    private final AtomicReference<IndexEntries> entryMaker;
    private final CompletableFuture<Part> part = new CompletableFuture<>();
    /** Where the other thread's first company starts: 0 while it looks, -1 when there is none or it is not wanted. */
    private volatile long split;
    private volatile boolean abandoned;
    /** Set on the loading thread when it took the other thread's companies, with their index entries. */
    private boolean taken;
    private List<IndexEntries.Entry> takenEntries = List.of();

    /**
     * The other thread's companies and their index entries, and where it stopped: with the list's closing bracket
     * peeked.
     */
    private record Part(List<Company> companies, List<IndexEntries.Entry> entries, Utf8JsonReader.Position end) {
    }

    private SplitReading(Path file, long size, String name, int maxCompanies, LoadProgress progress,
                         BooleanSupplier cancelled, AtomicReference<IndexEntries> entryMaker) {
        this.entryMaker = entryMaker;
        this.file = file;
        this.size = size;
        this.name = name;
        this.maxCompanies = maxCompanies;
        this.cancelled = cancelled;
        this.progress = new Progress(progress, size);
    }

    /**
     * Starts the other thread; close it when the loading thread is done with the company list or has failed.
     * {@code entryMaker}: the loading thread's, from which the other thread makes its companies' index entries.
     */
    static SplitReading start(Path file, long size, String name, int maxCompanies, LoadProgress progress,
                              BooleanSupplier cancelled, AtomicReference<IndexEntries> entryMaker) {
        SplitReading s = new SplitReading(file, size, name, maxCompanies, progress, cancelled, entryMaker);
        Thread t = new Thread(s::readSecondHalf, "dataset-reader-2");
        t.setDaemon(true);
        t.start();
        return s;
    }

    /** The progress of the loading thread's own reading. */
    LoadProgress firstPartProgress() {
        return (read, total) -> progress.first(read);
    }

    /**
     * The companies from the other thread's first one to the end of the list, once the loading thread has got to
     * exactly that company; {@code seek} moves the loading thread's stream.
     */
    DatasetReader.RestOfCompanies rest(Utf8JsonReader.Seek seek) {
        return new DatasetReader.RestOfCompanies() {
            @Override
            public List<Company> from(Utf8JsonReader reader) throws IOException {
                return take(reader, seek);
            }

            @Override
            public List<IndexEntries.Entry> entries() {
                return takenEntries;
            }
        };
    }

    private List<Company> take(Utf8JsonReader reader, Utf8JsonReader.Seek seek) throws IOException {
        {
            long at = split;
            if (at <= 0) {
                return null; // still looking, or nothing to take
            }
            long here = reader.peekedOffset();
            if (here < at) {
                return null;
            }
            if (here > at) {
                abandon(); // the guess was not where a company starts
                return null;
            }
            split = -1;
            Part p = part.join();
            if (p == null) {
                abandon();
                return null;
            }
            reader.skipToArrayEnd(at, p.companies().size(), p.end(), seek);
            taken = true;
            takenEntries = p.entries();
            return p.companies();
        }
    }

    /** True once the loading thread has taken the other thread's companies. */
    boolean taken() {
        return taken;
    }

    /** Unless its companies were taken, the other thread stops at its next read. */
    @Override
    public void close() {
        if (!taken) {
            abandon();
        }
    }

    /** The other thread stops at its next read, and its bytes no longer count as read. */
    private void abandon() {
        split = -1;
        abandoned = true;
        progress.dropSecond();
    }

    private void readSecondHalf() {
        Part result = null;
        try (FileChannel channel = FileChannel.open(file)) {
            long at = findSplit(channel);
            if (at > 0 && !abandoned) {
                split = at;
                result = readFrom(channel, at);
            }
        } catch (Throwable e) {
            // the loading thread reads this part itself, and meets the same problem if it is one of the file
            result = null;
        } finally {
            if (result == null) {
                split = -1;
            }
            part.complete(result);
        }
    }

    private Part readFrom(FileChannel channel, long at) throws IOException {
        channel.position(at);
        ProgressInputStream in = new ProgressInputStream(Channels.newInputStream(channel), name, size,
                Long.MAX_VALUE, (read, total) -> progress.second(read), () -> abandoned || cancelled.getAsBoolean());
        Utf8JsonReader reader = Utf8JsonReader.arrayElementsFrom(in, JsonCursor.NESTING_LIMIT, at, COMPANIES);
        ProblemCollector problems = new ProblemCollector(name, 1);
        DatasetReader companyReader = new DatasetReader(new JsonCursor(reader, problems), name, maxCompanies,
                null, entryMaker);
        List<Company> companies = companyReader.companiesToEnd(problems);
        return companies == null || !problems.isEmpty() ? null
                : new Part(companies, companyReader.entryList(), reader.arrayEnd());
    }

    /** Where a company starts in the second half of the file, or -1 when none can be told apart there. */
    private long findSplit(FileChannel channel) throws IOException {
        long second = secondCompany(channel);
        if (second <= 0) {
            return -1;
        }
        byte[] between = between(channel, second);
        if (between == null) {
            return -1;
        }
        long found = find(channel, between, Math.max(size / 2, second + 1));
        return found < 0 ? -1 : found + between.length - 1;
    }

    /** The offset of the second company's opening brace, or -1. */
    private long secondCompany(FileChannel channel) throws IOException {
        channel.position(0);
        // not closed: that would close the channel, which the reading goes on with
        Utf8JsonReader reader = new Utf8JsonReader(Channels.newInputStream(channel), JsonCursor.NESTING_LIMIT);
        if (reader.skipByteOrderMark() != null || reader.peek() != JsonToken.BEGIN_OBJECT) {
            return -1;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            if (abandoned) {
                return -1;
            }
            if (!reader.nextName().equals(COMPANIES)) {
                reader.skipValue();
                continue;
            }
            if (reader.peek() != JsonToken.BEGIN_ARRAY) {
                return -1;
            }
            reader.beginArray();
            if (!isObjectNext(reader)) {
                return -1;
            }
            reader.skipValue();
            return isObjectNext(reader) ? reader.peekedOffset() : -1;
        }
        return -1;
    }

    private static boolean isObjectNext(Utf8JsonReader reader) throws IOException {
        return reader.hasNext() && reader.peek() == JsonToken.BEGIN_OBJECT;
    }

    /**
     * The bytes from the line break before the first company's closing brace to the second company's opening brace,
     * or null when there is no line break there (a file that is not pretty-printed).
     */
    private byte[] between(FileChannel channel, long second) throws IOException {
        int length = (int) Math.min(second + 1, 4096);
        byte[] b = readAt(channel, second + 1 - length, length);
        int i = length - 2; // before the opening brace
        i = skipSpaceBack(b, i);
        if (i < 0 || b[i] != ',') {
            return null;
        }
        i = skipSpaceBack(b, i - 1);
        if (i < 0 || b[i] != '}') {
            return null;
        }
        int lineBreak = i - 1;
        while (lineBreak >= 0 && (b[lineBreak] == ' ' || b[lineBreak] == '\t' || b[lineBreak] == '\r')) {
            lineBreak--;
        }
        return lineBreak >= 0 && b[lineBreak] == '\n' ? Arrays.copyOfRange(b, lineBreak, length) : null;
    }

    private static int skipSpaceBack(byte[] b, int i) {
        while (i >= 0 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i--;
        }
        return i;
    }

    /** The first offset at or after {@code from} where {@code pattern} is, or -1. */
    private long find(FileChannel channel, byte[] pattern, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + pattern.length);
        byte[] b = buffer.array();
        for (long start = from; start < size && !abandoned; start += CHUNK) {
            buffer.clear();
            int n = readFully(channel, buffer, start);
            for (int i = 0; i + pattern.length <= n; i++) {
                if (b[i] == '\n' && Arrays.equals(b, i, i + pattern.length, pattern, 0, pattern.length)) {
                    return start + i;
                }
            }
        }
        return -1;
    }

    private static byte[] readAt(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int n = readFully(channel, buffer, offset);
        return n == length ? buffer.array() : new byte[0];
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer, long offset) throws IOException {
        int n = 0;
        while (buffer.hasRemaining()) {
            int r = channel.read(buffer, offset + n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /** The bytes read by both threads, reported as one figure. */
    private static final class Progress {
        private final LoadProgress progress;
        private final long total;
        private long first;
        private long second;
        private boolean secondDropped;

        Progress(LoadProgress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        synchronized void first(long read) {
            first = read;
            report();
        }

        synchronized void second(long read) {
            if (!secondDropped) {
                second = read;
                report();
            }
        }

        synchronized void dropSecond() {
            secondDropped = true;
            second = 0;
        }

        private void report() {
            // the loading thread reads a little past the split before it takes the other part
            progress.bytesRead(Math.min(total, first + second), total);
        }
    }
}
