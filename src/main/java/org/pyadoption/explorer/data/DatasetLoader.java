package org.pyadoption.explorer.data;

import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import org.pyadoption.explorer.model.Dataset;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a dataset file: reads it, checks it and indexes it. A dataset with any problem is rejected whole with every
 * problem found (up to a cap); nothing of it is returned. A file over the {@link LoadLimits} is refused with a
 * {@link DatasetTooLargeException}; a load can report its progress and be cancelled.
 */
public final class DatasetLoader {

    /** Where the bundled dataset sits on the classpath. */
    public static final String BUNDLED_RESOURCE = "/data/companies.json";
    public static final String BUNDLED_NAME = "bundled dataset";

    private static final Pattern SYNTAX = Pattern.compile("^(.*?) at line (\\d+) column (\\d+) path (\\S+)",
            Pattern.DOTALL);

    /** Opens the bytes of a dataset; called once to read and, only when there are problems, once more to locate. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final Clock clock;
    private final int problemCap;
    private final LoadLimits limits;

    /** A loader with the limits of {@link LoadLimits#fromSystemProperties()}. */
    public DatasetLoader() {
        this(Clock.systemDefaultZone(), ProblemCollector.DEFAULT_CAP);
    }

    public DatasetLoader(Clock clock, int problemCap) {
        this(clock, problemCap, LoadLimits.fromSystemProperties());
    }

    public DatasetLoader(Clock clock, int problemCap, LoadLimits limits) {
        this.clock = clock;
        this.problemCap = problemCap;
        this.limits = limits;
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
        return load(file.toString(), () -> Files.newInputStream(file), size, progress, cancelled);
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
        try {
            return loadWithin(name, opener, totalBytes, progress, cancelled);
        } catch (OutOfMemoryError e) {
            // the MemoryGuard stops reading before this; a last resort for the steps after it. The half-built
            // dataset went with loadWithin's frame, so the memory is free again.
            throw DatasetTooLargeException.outOfMemory(name, -1, MemoryGuard.maxHeap());
        }
    }

    private LoadedDataset loadWithin(String name, Opener opener, long totalBytes, LoadProgress progress,
                                     BooleanSupplier cancelled) throws IOException, DatasetLoadException {
        ProblemCollector problems = new ProblemCollector(name, problemCap);
        Dataset dataset;
        try (ProgressInputStream in = new ProgressInputStream(opener.open(), name, totalBytes,
                limits.maxFileBytes(), progress, cancelled)) {
            dataset = read(in, name, problems);
            in.reportNow();
        }
        ProgressInputStream.checkCancelled(cancelled);
        // the index is built on another core while the dataset is checked, and dropped if the check fails
        CompletableFuture<DatasetIndex> index = dataset == null ? null
                : CompletableFuture.supplyAsync(() -> DatasetIndex.of(dataset));
        if (dataset != null) {
            new DatasetValidator(problems, LocalDate.now(clock).getYear()).validate(dataset);
        }
        if (!problems.isEmpty() || cancelled.getAsBoolean()) {
            ProgressInputStream.checkCancelled(cancelled);
            throw new DatasetLoadException(locate(opener, problems.problems(), cancelled), problems.total());
        }
        LoadedDataset loaded = new LoadedDataset(dataset, join(index), name);
        ProgressInputStream.checkCancelled(cancelled);
        return loaded;
    }

    private static DatasetIndex join(CompletableFuture<DatasetIndex> index) {
        try {
            return index.join();
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

    private Dataset read(InputStream raw, String name, ProblemCollector problems) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        String encodingProblem = skipByteOrderMark(in);
        if (encodingProblem != null) {
            problems.add("$", 1, 1, encodingProblem);
            return null;
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            JsonCursor cursor = new JsonCursor(reader, problems);
            Dataset d = new DatasetReader(cursor, name, limits.maxCompanies()).read();
            if (hasTrailingContent(cursor)) {
                cursor.reportAt("$", "unexpected content after the end of the dataset object");
            }
            // cross-checks name list indices, which are only right when no element was left out
            return cursor.droppedElements() == 0 ? d : null;
        } catch (CharacterCodingException e) {
            problems.add("$", "the file is not UTF-8 text; save it as UTF-8");
        } catch (EOFException e) {
            syntax(problems, e.getMessage(), true);
        } catch (IOException e) {
            if (e.getClass().getSimpleName().equals("MalformedJsonException")) {
                syntax(problems, e.getMessage(), false);
            } else {
                throw e;
            }
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add("$", "the file could not be read as a dataset: " + e.getMessage());
        }
        return null;
    }

    private static boolean hasTrailingContent(JsonCursor cursor) throws IOException {
        try {
            return cursor.peek() != JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            return true; // a strict reader refuses a second value by exception
        }
    }

    /** Consumes a UTF-8 byte order mark; returns a message for UTF-16 or UTF-32 files, which are not supported. */
    private static String skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return null;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return "the file is UTF-16 text; save it as UTF-8";
        }
        if (head.length >= 2 && (head[0] == 0) != (head[1] == 0)) {
            return "the file is UTF-16 text; save it as UTF-8"; // no byte order mark: ASCII with a zero byte beside it
        }
        return null;
    }

    private static void syntax(ProblemCollector problems, String message, boolean endOfInput) {
        String text = message == null ? "" : message;
        int see = text.indexOf("\nSee ");
        if (see >= 0) {
            text = text.substring(0, see);
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.find()) {
            problems.add("$", endOfInput ? "the file is empty" : "not valid JSON: " + text);
            return;
        }
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        String what = m.group(1);
        if (endOfInput) {
            // at the path "$" nothing at all was read: the file is empty or holds only white space
            what = m.group(4).equals("$") ? "the file is empty" : "the file ends too early: is it cut off?";
        } else if (what.startsWith("Use JsonReader.setStrictness")) {
            what = "not valid JSON: unexpected text (names and strings need double quotes; comments and extra commas "
                    + "are not allowed)";
        } else if (what.startsWith("Nesting limit")) {
            what = "nested deeper than " + JsonCursor.NESTING_LIMIT + " levels";
        } else {
            what = "not valid JSON: " + lowerFirst(what);
        }
        problems.add(m.group(4), line, column, what);
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

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
