package org.pyadoption.explorer.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** A small valid dataset, with one example company and source, for people to copy and fill in. */
public final class DatasetTemplate {

    public static final String RESOURCE = "/data/template.json";

    private DatasetTemplate() {
    }

    public static byte[] bytes() throws IOException {
        try (InputStream in = DatasetTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FileNotFoundException("the dataset template " + RESOURCE + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** Writes the template to {@code target}, whole or not at all. */
    public static void write(Path target) throws IOException {
        SafeFiles.write(target, bytes());
    }
}
