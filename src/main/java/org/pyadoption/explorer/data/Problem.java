package org.pyadoption.explorer.data;

/**
 * One thing wrong with a dataset file.
 *
 * @param file    the file's name or path as the user gave it
 * @param path    JSON path of the offending value, e.g. {@code $.companies[3].quotes[0].sources[1]}; "$" for the file
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong and what was expected
 */
public record Problem(String file, String path, int line, int column, String message) {

    public boolean hasPosition() {
        return line > 0;
    }

    public Problem at(int newLine, int newColumn) {
        return new Problem(file, path, newLine, newColumn, message);
    }

    /** One line, e.g. {@code companies.json:12:5: $.companies[0].name: expected a string, found a number}. */
    @Override
    public String toString() {
        String where = hasPosition() ? file + ":" + line + ":" + column : file;
        return where + ": " + path + ": " + message;
    }
}
