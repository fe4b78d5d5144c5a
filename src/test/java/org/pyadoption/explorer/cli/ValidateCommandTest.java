package org.pyadoption.explorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --validate FILE} as someone editing a dataset runs it: exit code and what is printed. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void bundledDatasetIsValid() throws IOException {
        Path file = write("companies.json", bundledText());

        int exit = validate(file.toString());

        assertThat(exit).isEqualTo(ValidateCommand.VALID).isZero();
        assertThat(out()).isEqualTo(file + ": valid: 26 companies, 431 facts, 105 sources\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void brokenCopyNamesThePathAndPositionOfEachProblem() throws IOException {
        String text = bundledText();
        String spotifyName = "\"name\": \"Spotify\"";
        String unknownSource = "\"sources\": [\n          \"atspotify-how-we-use-python-at-spotify\"";
        assertThat(text).contains(spotifyName, unknownSource);
        String broken = text.replace(spotifyName, "\"name\": \"\"")
                .replaceFirst(Pattern.quote(unknownSource),
                        "\"sources\": [\n          \"atspotify-how-we-use-python\"");
        Path file = write("companies.json", broken);

        int exit = validate(file.toString());

        assertThat(exit).isEqualTo(ValidateCommand.INVALID).isEqualTo(1);
        String nameAt = lineColumnInsideString(broken, "\"name\": \"\"", "\"name\": ".length());
        String sourceAt = lineColumnInsideString(broken, "\"atspotify-how-we-use-python\"", 0);
        assertThat(out().lines()).containsExactly(
                file + ":" + nameAt + ": $.companies[0].name: the company name is empty",
                file + ":" + sourceAt + ": $.companies[0].pythonAdoption.sources[0]: unknown source id "
                        + "\"atspotify-how-we-use-python\"; add it to $.sources",
                file + ": invalid: 2 problems");
        assertThat(err()).isEmpty();
    }

    @Test
    void syntaxErrorIsOneProblemWithItsPosition() throws IOException {
        Path file = write("cut.json", "{\n  \"formatVersion\": 1,\n  \"title\": \"Cut");

        int exit = validate(file.toString());

        assertThat(exit).isEqualTo(ValidateCommand.INVALID);
        assertThat(out().lines()).containsExactly(
                file + ":3:16: $.title: not valid JSON: unterminated string",
                file + ": invalid: 1 problem");
    }

    @Test
    void missingFileCannotBeRead() {
        Path missing = dir.resolve("no-such-file.json");

        int exit = validate(missing.toString());

        assertThat(exit).isEqualTo(ValidateCommand.UNREADABLE).isEqualTo(2);
        assertThat(err()).isEqualTo(missing + ": cannot read: " + missing + " does not exist or cannot be read\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void folderCannotBeRead() {
        int exit = validate(dir.toString());

        assertThat(exit).isEqualTo(ValidateCommand.UNREADABLE).isEqualTo(2);
        assertThat(err()).isEqualTo(dir + ": cannot read: " + dir + " is a folder, not a dataset file\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void withoutAFileItPrintsUsage() {
        int exit = ValidateCommand.run(new String[] {"--validate"}, stream(out), stream(err));

        assertThat(exit).isEqualTo(ValidateCommand.UNREADABLE);
        assertThat(err()).isEqualTo("usage: --validate FILE\n");
        assertThat(out()).isEmpty();
    }

    private int validate(String file) {
        return ValidateCommand.run(new String[] {ValidateCommand.FLAG, file}, stream(out), stream(err));
    }

    /**
     * Where the loader points for a string value: line and column of the first character inside its quotes.
     *
     * @param quoteOffset where the opening quote sits in {@code needle}
     */
    private static String lineColumnInsideString(String text, String needle, int quoteOffset) {
        int at = text.indexOf(needle);
        assertThat(at).as("%s in the file", needle).isNotNegative();
        int quote = at + quoteOffset;
        int line = 1 + (int) text.substring(0, quote).chars().filter(c -> c == '\n').count();
        int column = quote - (text.lastIndexOf('\n', quote - 1) + 1) + 2;
        return line + ":" + column;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String bundledText() throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream("/data/companies.json")) {
            assertThat(in).as("bundled dataset on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
