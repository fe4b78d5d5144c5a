package org.pyadoption.explorer.data;

import java.io.IOException;

/**
 * A dataset file that is not JSON, or not UTF-8: where it stopped making sense (JSON path and line:column) and what
 * the user is told.
 */
final class JsonSyntaxError extends IOException {

    enum Kind {
        /** The file ended where a value or a closing bracket was expected. */
        END_OF_INPUT,
        /** Text that strict JSON does not allow: unquoted text, comments, single quotes, extra commas. */
        NOT_STRICT,
        /** Nested deeper than {@link JsonCursor#NESTING_LIMIT}. */
        TOO_DEEP,
        /** A byte sequence that is not UTF-8. */
        NOT_UTF8,
        /** Any other syntax error; the detail says which. */
        OTHER
    }

    private final Kind kind;
    private final String detail;
    private final String path;
    private final int line;
    private final int column;

    JsonSyntaxError(Kind kind, String detail, String path, int line, int column) {
        super(detail + " at line " + line + " column " + column + " path " + path);
        this.kind = kind;
        this.detail = detail;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    Kind kind() {
        return kind;
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** What the user is told. */
    String problem() {
        return switch (kind) {
            case END_OF_INPUT -> path.equals("$") ? "the file is empty" : "the file ends too early: is it cut off?";
            case NOT_STRICT -> "not valid JSON: unexpected text (names and strings need double quotes; comments and "
                    + "extra commas are not allowed)";
            case TOO_DEEP -> "nested deeper than " + JsonCursor.NESTING_LIMIT + " levels";
            case NOT_UTF8 -> "the file is not UTF-8 text; save it as UTF-8";
            case OTHER -> "not valid JSON: " + detail;
        };
    }
}
