package org.pyadoption.explorer.bench;

import org.pyadoption.explorer.data.synthetic.SyntheticDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Synthetic dataset files for the benchmarks, written once to {@code target/bench-data} and reused. */
final class BenchData {

    private BenchData() {
    }

    static Path file(int companies) throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-data"));
        Files.createDirectories(dir);
        Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%d-%d.json", companies,
                SyntheticDataset.DEFAULT_SEED));
        if (!Files.exists(file)) {
            Path partial = dir.resolve(file.getFileName() + ".partial");
            long start = System.nanoTime();
            SyntheticDataset.write(companies, SyntheticDataset.DEFAULT_SEED, partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(Locale.ROOT, "# wrote %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "# %s: %,d companies, %,d bytes (%.1f MB)%n", file, companies,
                Files.size(file), Files.size(file) / 1e6);
        return file;
    }
}
