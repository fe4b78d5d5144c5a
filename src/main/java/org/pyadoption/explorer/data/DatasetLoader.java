package org.pyadoption.explorer.data;

import com.google.gson.stream.JsonToken;
import org.pyadoption.explorer.model.Dataset;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Loads a dataset file: reads it, checks it and indexes it. A dataset with any problem is rejected whole with every
 * problem found (up to a cap); nothing of it is returned. A file over the {@link LoadLimits} is refused with a
 * {@link DatasetTooLargeException}; a load can report its progress and be cancelled.
 */
public final class DatasetLoader {

    /** Where the bundled dataset sits on the classpath. */
    public static final String BUNDLED_RESOURCE = "/data/companies.json";
    public static final String BUNDLED_NAME = "bundled dataset";

    /** Opens the bytes of a dataset; called once to read and, only when there are problems, once more to locate. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final Clock clock;
    private final int problemCap;
    private final LoadLimits limits;
    /** Files from this size on are read by two threads (see {@link SplitReading}). */
    private final long readInTwoFrom;

    /** A loader with the limits of {@link LoadLimits#fromSystemProperties()}. */
    public DatasetLoader() {
        this(Clock.systemDefaultZone(), ProblemCollector.DEFAULT_CAP);
    }

    public DatasetLoader(Clock clock, int problemCap) {
        this(clock, problemCap, LoadLimits.fromSystemProperties());
    }

    public DatasetLoader(Clock clock, int problemCap, LoadLimits limits) {
        this(clock, problemCap, limits, SplitReading.DEFAULT_MIN_BYTES);
    }

    /** With files from {@code readInTwoFrom} bytes on read by two threads when there are two cores. */
    DatasetLoader(Clock clock, int problemCap, LoadLimits limits, long readInTwoFrom) {
        this.clock = clock;
        this.problemCap = problemCap;
        this.limits = limits;
        this.readInTwoFrom = readInTwoFrom;
    }

    public LoadLimits limits() {
        return limits;
    }

    public LoadedDataset loadBundled() throws IOException, DatasetLoadException {
        return load(BUNDLED_NAME, () -> {
            InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE);
            if (in == null) {
                throw new FileNotFoundException("the bundled dataset " + BUNDLED_RESOURCE + " is missing");
            }
            return in;
        });
    }

    /**
     * Loads a file.
     *
     * @throws IOException          the file cannot be read at all (missing, a folder, no permission)
     * @throws DatasetLoadException the file was read but holds problems
     */
    public LoadedDataset load(Path file) throws IOException, DatasetLoadException {
        return load(file, LoadProgress.NONE, () -> false);
    }

    /**
     * Loads a file, telling {@code progress} how many of its bytes have been read and checking {@code cancelled}
     * while reading and between the steps after it.
     *
     * @throws DatasetTooLargeException the file is over the size cap (checked before reading), holds too many
     *                                  companies or does not fit in the heap
     * @throws CancellationException    {@code cancelled} said true; nothing was loaded
     */
    public LoadedDataset load(Path file, LoadProgress progress, BooleanSupplier cancelled)
            throws IOException, DatasetLoadException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a dataset file");
        }
        if (!Files.isReadable(file)) {
            throw new FileNotFoundException(file + " does not exist or cannot be read");
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw DatasetTooLargeException.fileTooLarge(file.toString(), size, limits.maxFileBytes());
        }
        return load(file.toString(), () -> Files.newInputStream(file), file, size, progress, cancelled);
    }

    public LoadedDataset load(String name, Opener opener) throws IOException, DatasetLoadException {
        return load(name, opener, -1, LoadProgress.NONE, () -> false);
    }

    /**
     * Loads what {@code opener} opens, as {@link #load(Path, LoadProgress, BooleanSupplier)} does.
     *
     * @param totalBytes the size of what it opens, or -1 when not known
     */
    public LoadedDataset load(String name, Opener opener, long totalBytes, LoadProgress progress,
                              BooleanSupplier cancelled) throws IOException, DatasetLoadException {
        return load(name, opener, null, totalBytes, progress, cancelled);
    }

    /** {@code file}: the file {@code opener} opens, or null when it opens something else. */
    private LoadedDataset load(String name, Opener opener, Path file, long totalBytes, LoadProgress progress,
                               BooleanSupplier cancelled) throws IOException, DatasetLoadException {
        try {
            return loadWithin(name, opener, file, totalBytes, progress, cancelled);
        } catch (OutOfMemoryError e) {
            // the MemoryGuard stops reading before this; a last resort for the steps after it. The half-built
            // dataset went with loadWithin's frame, so the memory is free again.
            throw DatasetTooLargeException.outOfMemory(name, -1, MemoryGuard.maxHeap());
        }
    }

    private LoadedDataset loadWithin(String name, Opener opener, Path file, long totalBytes, LoadProgress progress,
                                     BooleanSupplier cancelled) throws IOException, DatasetLoadException {
        ProblemCollector problems = new ProblemCollector(name, problemCap);
        int year = LocalDate.now(clock).getYear();
        AtomicReference<IndexEntries> entryMaker = new AtomicReference<>();
        Read read = file != null && totalBytes >= readInTwoFrom && Runtime.getRuntime().availableProcessors() > 1
                ? readInTwo(file, name, totalBytes, problems, progress, cancelled, entryMaker, year)
                : readInOne(opener, name, totalBytes, problems, progress, cancelled, entryMaker,
                        year);
        Dataset dataset = read.dataset();
        ProgressInputStream.checkCancelled(cancelled);
        // the dataset is checked on another core while the index is built here; the index is dropped if the check
        // fails (the companies checked as they were read are not checked again, so the index is the longer)
        CompletableFuture<Void> checks = dataset == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> new DatasetValidator(problems, year).validate(dataset,
                read.entries()));
        DatasetIndex index = dataset == null ? null : DatasetIndex.of(dataset, read.entries());
        join(checks);
        if (!problems.isEmpty() || cancelled.getAsBoolean()) {
            ProgressInputStream.checkCancelled(cancelled);
            throw new DatasetLoadException(locate(opener, problems.problems(), cancelled), problems.total());
        }
        LoadedDataset loaded = new LoadedDataset(dataset, index, name);
        ProgressInputStream.checkCancelled(cancelled);
        return loaded;
    }

    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // an OutOfMemoryError is turned into a DatasetTooLargeException by load
            }
            throw e;
        }
    }

    /** What reading made: the dataset (null when it has problems) and its companies' index entries. */
    private record Read(Dataset dataset, IndexEntries.Made entries) {
    }

    private Read readInOne(Opener opener, String name, long totalBytes, ProblemCollector problems,
                           LoadProgress progress, BooleanSupplier cancelled, AtomicReference<IndexEntries> entryMaker,
                           int year) throws IOException {
        try (ProgressInputStream in = new ProgressInputStream(opener.open(), name, totalBytes,
                limits.maxFileBytes(), progress, cancelled)) {
            Read read = read(in, name, problems, null, entryMaker, year);
            in.reportNow();
            return read;
        }
    }

    /** Reads the file from its start while another thread reads the second half of its companies. */
    private Read readInTwo(Path file, String name, long totalBytes, ProblemCollector problems,
                           LoadProgress progress, BooleanSupplier cancelled, AtomicReference<IndexEntries> entryMaker,
                           int year) throws IOException {
        try (FileChannel channel = FileChannel.open(file);
             SplitReading split = SplitReading.start(file, totalBytes, name, limits.maxCompanies(), progress,
                     cancelled, entryMaker);
             ProgressInputStream in = new ProgressInputStream(Channels.newInputStream(channel), name, totalBytes,
                     limits.maxFileBytes(), split.firstPartProgress(), cancelled)) {
            Read read = read(in, name, problems, split.rest(channel::position), entryMaker, year);
            in.reportNow();
            return read;
        }
    }

    private Read read(InputStream in, String name, ProblemCollector problems, DatasetReader.RestOfCompanies rest,
                      AtomicReference<IndexEntries> entryMaker, int year) throws IOException {
        Utf8JsonReader reader = new Utf8JsonReader(in, JsonCursor.NESTING_LIMIT);
        try {
            String encodingProblem = reader.skipByteOrderMark();
            if (encodingProblem != null) {
                problems.add("$", 1, 1, encodingProblem);
                return new Read(null, null);
            }
            JsonCursor cursor = new JsonCursor(reader, problems);
            // each company is checked as it is read; the checks after reading skip those that passed
            DatasetReader datasetReader = new DatasetReader(cursor, name, limits.maxCompanies(), rest, entryMaker,
                    year);
            Dataset d = datasetReader.read();
            if (hasTrailingContent(cursor)) {
                cursor.reportAt("$", "unexpected content after the end of the dataset object");
            }
            // cross-checks name list indices, which are only right when no element was left out
            return cursor.droppedElements() == 0 ? new Read(d, datasetReader.entries()) : new Read(null, null);
        } catch (JsonSyntaxError e) {
            problems.add(e.path(), e.line(), e.column(), e.problem());
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add("$", "the file could not be read as a dataset: " + e.getMessage());
        }
        return new Read(null, null);
    }

    private static boolean hasTrailingContent(JsonCursor cursor) throws IOException {
        try {
            return cursor.peek() != JsonToken.END_DOCUMENT;
        } catch (JsonSyntaxError e) {
            if (e.kind() == JsonSyntaxError.Kind.NOT_UTF8) {
                throw e;
            }
            return true; // a strict reader refuses a second value
        }
    }

    /** Consumes a UTF-8 byte order mark, for the second pass that locates problems. */
    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
    }

    private List<Problem> locate(Opener opener, List<Problem> problems, BooleanSupplier cancelled) {
        if (problems.stream().allMatch(Problem::hasPosition)) {
            return problems;
        }
        try (InputStream raw = new ProgressInputStream(opener.open(), "", -1, Long.MAX_VALUE, LoadProgress.NONE,
                cancelled)) {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            skipByteOrderMark(in);
            Map<String, int[]> found = JsonLocator.locate(new InputStreamReader(in, StandardCharsets.UTF_8),
                    JsonLocator.pathsOf(problems));
            return JsonLocator.withPositions(problems, found);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return problems;
        }
    }
}
