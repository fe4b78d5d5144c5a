package org.pyadoption.explorer.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;

import java.io.BufferedInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Load + validate + index of a synthetic file against a plain Gson {@code JsonParser.parseReader} of the same file,
 * in the same run. Throughput in MB/s is the file size over the time per operation.
 *
 * <p>The fork's heap is touched when the JVM starts ({@code AlwaysPreTouch}): otherwise, until G1's first marking
 * cycle, each collection copies into pages of the 6 GB heap the process has never touched, and the kernel's page
 * faults (about 0.3 s of system time per pause) are counted as the time of whichever load or parse is running.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class LoadBenchmark {

    @Param({"100000"})
    int companies;

    private Path file;
    private DatasetLoader loader;

    @Setup
    public void setUp() throws Exception {
        file = BenchData.file(companies);
        loader = new DatasetLoader();
    }

    @Benchmark
    public LoadedDataset loadValidateIndex() throws Exception {
        return loader.load(file);
    }

    @Benchmark
    public JsonElement gsonParseReader() throws Exception {
        try (Reader in = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in);
        }
    }
}
