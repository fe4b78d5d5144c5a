package org.pyadoption.explorer.data;

import com.google.gson.stream.JsonToken;

import static org.pyadoption.explorer.data.JsonScopes.DANGLING_NAME;
import static org.pyadoption.explorer.data.JsonScopes.EMPTY_ARRAY;
import static org.pyadoption.explorer.data.JsonScopes.EMPTY_DOCUMENT;
import static org.pyadoption.explorer.data.JsonScopes.EMPTY_OBJECT;
import static org.pyadoption.explorer.data.JsonScopes.NONEMPTY_ARRAY;
import static org.pyadoption.explorer.data.JsonScopes.NONEMPTY_DOCUMENT;
import static org.pyadoption.explorer.data.JsonScopes.NONEMPTY_OBJECT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict JSON tokenizer that reads UTF-8 bytes straight from a stream, in large chunks. It follows the states, the
 * JSON paths and the line:column of Gson's {@code JsonReader} in strict mode, so problems are reported where and as
 * they were before, and it also checks that the bytes are UTF-8 (reporting the first bad byte where it is).
 * Columns count UTF-16 chars, as Gson does. Strings are decoded only when asked for; field names and short repeated
 * values come from a table keyed by their bytes, so reading them allocates nothing.
 */
final class Utf8JsonReader {

    /** Gson reads numbers in a buffer of this many chars and refuses a longer one as unquoted text. */
    private static final int LONGEST_NUMBER = 1024;
    private static final int BUFFER_SIZE = 1 << 18;

    // what was peeked
    private static final int PEEKED_NONE = 0;
    private static final int PEEKED_BEGIN_OBJECT = 1;
    private static final int PEEKED_END_OBJECT = 2;
    private static final int PEEKED_BEGIN_ARRAY = 3;
    private static final int PEEKED_END_ARRAY = 4;
    private static final int PEEKED_TRUE = 5;
    private static final int PEEKED_FALSE = 6;
    private static final int PEEKED_NULL = 7;
    private static final int PEEKED_STRING = 9;
    private static final int PEEKED_NAME = 13;
    private static final int PEEKED_LONG = 15;
    private static final int PEEKED_NUMBER = 16;
    private static final int PEEKED_EOF = 17;

    // number states, as Gson's peekNumber
    private static final int NUMBER_CHAR_NONE = 0;
    private static final int NUMBER_CHAR_SIGN = 1;
    private static final int NUMBER_CHAR_DIGIT = 2;
    private static final int NUMBER_CHAR_DECIMAL = 3;
    private static final int NUMBER_CHAR_FRACTION_DIGIT = 4;
    private static final int NUMBER_CHAR_EXP_E = 5;
    private static final int NUMBER_CHAR_EXP_SIGN = 6;
    private static final int NUMBER_CHAR_EXP_DIGIT = 7;
    private static final long MIN_INCOMPLETE_INTEGER = Long.MIN_VALUE / 10;

    /** Returned by {@link #nextNonWhitespace} for a character outside ASCII (already checked to be UTF-8). */
    private static final int NON_ASCII = 0x80;


    private final InputStream in;
    private final int nestingLimit;
    private byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private boolean eof;
    /** Offset in the stream of {@code buf[0]}. */
    private long bufferStart;
    /** Lines before the current one. */
    private int lineNumber;
    /**
     * Offset in the stream where the current line starts, moved on by the bytes of its multi-byte characters beyond
     * their UTF-16 length, so that {@code offset - lineStart + 1} is Gson's column.
     */
    private long lineStart;
    /** Where the last non-ASCII character {@link #nextNonWhitespace} returned started, to push it back. */
    private int pushBackPos;
    private long pushBackLineStart;

    private int peeked = PEEKED_NONE;
    private long peekedLong;
    private int peekedNumberLength;

    private final JsonScopes scopes = new JsonScopes();

    /** Where {@link #scanString} stopped at a backslash, and the line start as the string began. */
    private int escapeAt;
    private long escapeLineStart;

    private final Utf8StringTable table = new Utf8StringTable();
    private final StringBuilder scratch = new StringBuilder();

    Utf8JsonReader(InputStream in, int nestingLimit) {
        this.in = in;
        this.nestingLimit = nestingLimit;
    }

    /**
     * A reader for the elements of the array in field {@code field} of the top-level object, from the element that
     * starts at {@code offset} of the file on: {@code in} gives the file's bytes from there. Its lines are counted
     * from there, its columns as if a line started there; its paths count the elements from there.
     */
    static Utf8JsonReader arrayElementsFrom(InputStream in, int nestingLimit, long offset, String field) {
        Utf8JsonReader r = new Utf8JsonReader(in, nestingLimit);
        r.bufferStart = offset;
        r.lineStart = offset;
        r.scopes.setTop(NONEMPTY_DOCUMENT);
        r.scopes.push(NONEMPTY_OBJECT);
        r.scopes.name(field);
        r.scopes.push(EMPTY_ARRAY);
        return r;
    }

    /** Where a reader is: the offset of the next byte, the lines it has counted, and where its line starts. */
    record Position(long offset, int lines, long lineStart) {
    }

    /** The offset in the file of the one-byte token just peeked: an opening brace or bracket, or a closing bracket. */
    long peekedOffset() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_BEGIN_OBJECT && p != PEEKED_BEGIN_ARRAY && p != PEEKED_END_ARRAY) {
            throw unexpected("a brace or bracket");
        }
        return bufferStart + pos - 1;
    }

    /** Where the reader is, with the closing bracket of its array just peeked. */
    Position arrayEnd() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_END_ARRAY) {
            throw unexpected("END_ARRAY");
        }
        return new Position(bufferStart + pos, lineNumber, lineStart);
    }

    /** Moves the underlying stream to an offset of the file. */
    @FunctionalInterface
    interface Seek {
        void to(long offset) throws IOException;
    }

    /**
     * With the element of an array that starts at {@code from} peeked, goes on as if this reader had read that
     * element and the {@code elements - 1} after it and had then peeked the array's closing bracket, where a reader
     * made by {@link #arrayElementsFrom} at {@code from} stopped: at {@code end}. Lines, columns and paths go on as if
     * every byte between had been read here.
     */
    void skipToArrayEnd(long from, int elements, Position end, Seek seek) throws IOException {
        if (peekedOffset() != from || scopes.top() != NONEMPTY_ARRAY || end.offset() <= from) {
            throw new IllegalStateException("not at the element where the rest of the array was read");
        }
        long next = end.offset();
        if (next <= bufferStart + limit) {
            pos = (int) (next - bufferStart);
        } else {
            seek.to(next);
            bufferStart = next;
            pos = 0;
            limit = 0;
            eof = false;
        }
        // the other reader's line starts are offsets of the file, moved on by its multi-byte characters; on the line
        // where it began, its columns were counted from where it began
        lineStart = end.lines() > 0 ? end.lineStart() : lineStart + (end.lineStart() - from);
        lineNumber += end.lines();
        scopes.addToIndex(elements);
        peeked = PEEKED_END_ARRAY;
    }

    /**
     * Looks at the first bytes: skips a UTF-8 byte order mark and returns null, or returns a message for UTF-16 (with
     * or without a byte order mark), which is not read.
     */
    String skipByteOrderMark() throws IOException {
        fillBuffer(4);
        int n = limit - pos;
        byte[] b = buf;
        if (n >= 3 && Utf8Bytes.isByteOrderMark(b, pos)) {
            pos += 3;
            lineStart = bufferStart + pos;
            // Gson skips one U+FEFF at the start of what it reads: a second mark is allowed too
            if (fillBuffer(3) && Utf8Bytes.isByteOrderMark(buf, pos)) {
                pos += 3;
                lineStart = bufferStart + pos;
            }
            return null;
        }
        if (n >= 2 && ((b[pos] & 0xFF) == 0xFE && (b[pos + 1] & 0xFF) == 0xFF
                || (b[pos] & 0xFF) == 0xFF && (b[pos + 1] & 0xFF) == 0xFE)) {
            return "the file is UTF-16 text; save it as UTF-8";
        }
        if (n >= 2 && (b[pos] == 0) != (b[pos + 1] == 0)) {
            return "the file is UTF-16 text; save it as UTF-8"; // no byte order mark: ASCII with a zero byte beside it
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the token API, as Gson's JsonReader

    void beginArray() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_BEGIN_ARRAY) {
            throw unexpected("BEGIN_ARRAY");
        }
        push(EMPTY_ARRAY);
        scopes.resetIndex();
        peeked = PEEKED_NONE;
    }

    void endArray() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_END_ARRAY) {
            throw unexpected("END_ARRAY");
        }
        scopes.pop();
        scopes.nextIndex();
        peeked = PEEKED_NONE;
    }

    void beginObject() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_BEGIN_OBJECT) {
            throw unexpected("BEGIN_OBJECT");
        }
        push(EMPTY_OBJECT);
        peeked = PEEKED_NONE;
    }

    void endObject() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_END_OBJECT) {
            throw unexpected("END_OBJECT");
        }
        scopes.name(null);
        scopes.pop();
        scopes.nextIndex();
        peeked = PEEKED_NONE;
    }

    boolean hasNext() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        return p != PEEKED_END_OBJECT && p != PEEKED_END_ARRAY && p != PEEKED_EOF;
    }

    JsonToken peek() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        return switch (p) {
            case PEEKED_BEGIN_OBJECT -> JsonToken.BEGIN_OBJECT;
            case PEEKED_END_OBJECT -> JsonToken.END_OBJECT;
            case PEEKED_BEGIN_ARRAY -> JsonToken.BEGIN_ARRAY;
            case PEEKED_END_ARRAY -> JsonToken.END_ARRAY;
            case PEEKED_NAME -> JsonToken.NAME;
            case PEEKED_TRUE, PEEKED_FALSE -> JsonToken.BOOLEAN;
            case PEEKED_NULL -> JsonToken.NULL;
            case PEEKED_STRING -> JsonToken.STRING;
            case PEEKED_LONG, PEEKED_NUMBER -> JsonToken.NUMBER;
            case PEEKED_EOF -> JsonToken.END_DOCUMENT;
            default -> throw new AssertionError(p);
        };
    }

    /** The next field name; names come from the table, so a name repeated through the file is one instance. */
    String nextName() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_NAME) {
            throw unexpected("a name");
        }
        String result = readString(true);
        peeked = PEEKED_NONE;
        scopes.name(result);
        return result;
    }

    /** The next string, or a number's text. */
    String nextString() throws IOException {
        return nextString(false);
    }

    /**
     * The next string, or a number's text; a short string seen before is returned as the same instance (for values
     * that repeat through a file: ids, dates, units).
     */
    String nextSharedString() throws IOException {
        return nextString(true);
    }

    /**
     * The next string as UTF-8 bytes, copied into a block of {@code into}; returns their span there. The bytes are
     * the file's when the string has no escapes (they are already checked to be well-formed UTF-8), else the decoded
     * string encoded again.
     */
    long nextUtf8(TextBlocks into) throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_STRING) {
            throw unexpected("a string");
        }
        long result;
        int end = scanString(true);
        if (end < 0) {
            byte[] bytes = slowString(true).getBytes(StandardCharsets.UTF_8);
            result = into.put(bytes, 0, bytes.length);
        } else {
            result = into.put(buf, pos, end - pos);
            pos = end + 1;
        }
        peeked = PEEKED_NONE;
        scopes.nextIndex();
        return result;
    }

    private String nextString(boolean shared) throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        String result;
        if (p == PEEKED_STRING) {
            result = readString(shared);
        } else if (p == PEEKED_LONG) {
            result = Long.toString(peekedLong);
        } else if (p == PEEKED_NUMBER) {
            result = new String(buf, pos, peekedNumberLength, StandardCharsets.ISO_8859_1);
            pos += peekedNumberLength;
        } else {
            throw unexpected("a string");
        }
        peeked = PEEKED_NONE;
        scopes.nextIndex();
        return result;
    }

    /** True when the number peeked is a whole number that fits in a long ({@link #nextLong()} reads it). */
    boolean isLongPeeked() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        return p == PEEKED_LONG;
    }

    /** Reads the number peeked when {@link #isLongPeeked()}. */
    long nextLong() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p != PEEKED_LONG) {
            throw unexpected("a long");
        }
        peeked = PEEKED_NONE;
        scopes.nextIndex();
        return peekedLong;
    }

    boolean nextBoolean() throws IOException {
        int p = peeked == PEEKED_NONE ? doPeek() : peeked;
        if (p == PEEKED_TRUE || p == PEEKED_FALSE) {
            peeked = PEEKED_NONE;
            scopes.nextIndex();
            return p == PEEKED_TRUE;
        }
        throw unexpected("a boolean");
    }

    /** Skips the next value, as Gson's {@code skipValue} (including what it does to the path). */
    void skipValue() throws IOException {
        int count = 0;
        do {
            int p = peeked == PEEKED_NONE ? doPeek() : peeked;
            switch (p) {
                case PEEKED_BEGIN_ARRAY -> {
                    push(EMPTY_ARRAY);
                    count++;
                }
                case PEEKED_BEGIN_OBJECT -> {
                    push(EMPTY_OBJECT);
                    count++;
                }
                case PEEKED_END_ARRAY -> {
                    scopes.pop();
                    count--;
                }
                case PEEKED_END_OBJECT -> {
                    if (count == 0) {
                        scopes.name(null);
                    }
                    scopes.pop();
                    count--;
                }
                case PEEKED_STRING -> skipString();
                case PEEKED_NAME -> {
                    skipString();
                    if (count == 0) {
                        scopes.name("<skipped>");
                    }
                }
                case PEEKED_NUMBER -> pos += peekedNumberLength;
                case PEEKED_EOF -> {
                    return;
                }
                default -> {
                    // consumed when peeked
                }
            }
            peeked = PEEKED_NONE;
        } while (count > 0);
        scopes.nextIndex();
    }

    /** How deep the reader is: 1 in the top-level value, 2 in its children, ... */
    int depth() {
        return scopes.depth();
    }

    /** 1-based line of the reader's position. */
    int line() {
        return lineNumber + 1;
    }

    /** 1-based column of the reader's position, in UTF-16 chars. */
    int column() {
        return (int) (bufferStart + pos - lineStart + 1);
    }

    /** The JSON path of the reader's position, exactly as Gson's {@code getPath()} writes it. */
    String getPath() {
        return scopes.path();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the state machine, as Gson's doPeek

    private int doPeek() throws IOException {
        int peekStack = scopes.top();
        if (peekStack == EMPTY_ARRAY) {
            scopes.setTop(NONEMPTY_ARRAY);
        } else if (peekStack == NONEMPTY_ARRAY) {
            int c = nextNonWhitespace(true);
            if (c == ']') {
                return peeked = PEEKED_END_ARRAY;
            } else if (c == ';') {
                throw notStrict();
            } else if (c != ',') {
                throw syntaxError("Unterminated array");
            }
        } else if (peekStack == EMPTY_OBJECT || peekStack == NONEMPTY_OBJECT) {
            scopes.setTop(DANGLING_NAME);
            if (peekStack == NONEMPTY_OBJECT) {
                int c = nextNonWhitespace(true);
                if (c == '}') {
                    return peeked = PEEKED_END_OBJECT;
                } else if (c == ';') {
                    throw notStrict();
                } else if (c != ',') {
                    throw syntaxError("Unterminated object");
                }
            }
            int c = nextNonWhitespace(true);
            if (c == '"') {
                return peeked = PEEKED_NAME;
            } else if (c == '}') {
                if (peekStack != NONEMPTY_OBJECT) {
                    return peeked = PEEKED_END_OBJECT;
                }
                throw syntaxError("Expected name");
            } else {
                throw notStrict(); // a single-quoted or unquoted name, or anything else
            }
        } else if (peekStack == DANGLING_NAME) {
            scopes.setTop(NONEMPTY_OBJECT);
            int c = nextNonWhitespace(true);
            if (c == '=') {
                throw notStrict();
            } else if (c != ':') {
                throw syntaxError("Expected ':'");
            }
        } else if (peekStack == EMPTY_DOCUMENT) {
            scopes.setTop(NONEMPTY_DOCUMENT);
        } else if (peekStack == NONEMPTY_DOCUMENT) {
            int c = nextNonWhitespace(false);
            if (c == -1) {
                return peeked = PEEKED_EOF;
            }
            throw notStrict(); // a second top-level value
        }

        int c = nextNonWhitespace(true);
        switch (c) {
            case ']':
                if (peekStack == EMPTY_ARRAY) {
                    return peeked = PEEKED_END_ARRAY;
                }
                // fall through: ",]"
            case ';':
            case ',':
                if (peekStack == EMPTY_ARRAY || peekStack == NONEMPTY_ARRAY) {
                    throw notStrict();
                }
                throw syntaxError("Unexpected value");
            case '\'':
                throw notStrict();
            case '"':
                return peeked = PEEKED_STRING;
            case '[':
                return peeked = PEEKED_BEGIN_ARRAY;
            case '{':
                return peeked = PEEKED_BEGIN_OBJECT;
            default:
                pushBack(c);
        }

        int result = peekKeyword();
        if (result != PEEKED_NONE) {
            return result;
        }
        result = peekNumber();
        if (result != PEEKED_NONE) {
            return result;
        }
        if (!isLiteral(buf[pos])) {
            throw syntaxError("Expected value");
        }
        throw notStrict();
    }

    private void pushBack(int c) {
        if (c == NON_ASCII) {
            pos = pushBackPos;
            lineStart = pushBackLineStart;
        } else {
            pos--;
        }
    }

    private int peekKeyword() throws IOException {
        byte c = buf[pos];
        String keyword;
        int peeking;
        if (c == 't') {
            keyword = "true";
            peeking = PEEKED_TRUE;
        } else if (c == 'f') {
            keyword = "false";
            peeking = PEEKED_FALSE;
        } else if (c == 'n') {
            keyword = "null";
            peeking = PEEKED_NULL;
        } else {
            return PEEKED_NONE;
        }
        int length = keyword.length();
        for (int i = 1; i < length; i++) {
            if (pos + i >= limit && !fillBuffer(i + 1)) {
                return PEEKED_NONE;
            }
            if (buf[pos + i] != keyword.charAt(i)) {
                return PEEKED_NONE;
            }
        }
        if ((pos + length < limit || fillBuffer(length + 1)) && isLiteral(buf[pos + length])) {
            return PEEKED_NONE; // trues, falsey, nullsoft
        }
        pos += length;
        return peeked = peeking;
    }

    private int peekNumber() throws IOException {
        byte[] buffer = buf;
        int p = pos;
        int l = limit;
        long value = 0; // negative to hold Long.MIN_VALUE
        boolean negative = false;
        boolean fitsInLong = true;
        int last = NUMBER_CHAR_NONE;
        int i = 0;

        charactersOfNumber:
        for (; true; i++) {
            if (p + i == l) {
                if (i == LONGEST_NUMBER) {
                    return PEEKED_NONE;
                }
                if (!fillBuffer(i + 1)) {
                    break;
                }
                buffer = buf;
                p = pos;
                l = limit;
            } else if (i == LONGEST_NUMBER) {
                return PEEKED_NONE;
            }
            byte c = buffer[p + i];
            switch (c) {
                case '-':
                    if (last == NUMBER_CHAR_NONE) {
                        negative = true;
                        last = NUMBER_CHAR_SIGN;
                        continue;
                    } else if (last == NUMBER_CHAR_EXP_E) {
                        last = NUMBER_CHAR_EXP_SIGN;
                        continue;
                    }
                    return PEEKED_NONE;
                case '+':
                    if (last == NUMBER_CHAR_EXP_E) {
                        last = NUMBER_CHAR_EXP_SIGN;
                        continue;
                    }
                    return PEEKED_NONE;
                case 'e':
                case 'E':
                    if (last == NUMBER_CHAR_DIGIT || last == NUMBER_CHAR_FRACTION_DIGIT) {
                        last = NUMBER_CHAR_EXP_E;
                        continue;
                    }
                    return PEEKED_NONE;
                case '.':
                    if (last == NUMBER_CHAR_DIGIT) {
                        last = NUMBER_CHAR_DECIMAL;
                        continue;
                    }
                    return PEEKED_NONE;
                default:
                    if (c < '0' || c > '9') {
                        if (!isLiteral(c)) {
                            break charactersOfNumber;
                        }
                        return PEEKED_NONE;
                    }
                    if (last == NUMBER_CHAR_SIGN || last == NUMBER_CHAR_NONE) {
                        value = -(c - '0');
                        last = NUMBER_CHAR_DIGIT;
                    } else if (last == NUMBER_CHAR_DIGIT) {
                        if (value == 0) {
                            return PEEKED_NONE; // a leading 0
                        }
                        long newValue = value * 10 - (c - '0');
                        fitsInLong &= value > MIN_INCOMPLETE_INTEGER
                                || (value == MIN_INCOMPLETE_INTEGER && newValue < value);
                        value = newValue;
                    } else if (last == NUMBER_CHAR_DECIMAL) {
                        last = NUMBER_CHAR_FRACTION_DIGIT;
                    } else if (last == NUMBER_CHAR_EXP_E || last == NUMBER_CHAR_EXP_SIGN) {
                        last = NUMBER_CHAR_EXP_DIGIT;
                    }
            }
        }

        if (last == NUMBER_CHAR_DIGIT && fitsInLong && (value != Long.MIN_VALUE || negative)
                && (value != 0 || !negative)) {
            peekedLong = negative ? value : -value;
            pos += i;
            return peeked = PEEKED_LONG;
        } else if (last == NUMBER_CHAR_DIGIT || last == NUMBER_CHAR_FRACTION_DIGIT
                || last == NUMBER_CHAR_EXP_DIGIT) {
            peekedNumberLength = i;
            return peeked = PEEKED_NUMBER;
        }
        return PEEKED_NONE;
    }

    /** As Gson's isLiteral in strict mode: characters that may not follow a number or keyword are refused. */
    private boolean isLiteral(byte c) throws IOException {
        switch (c) {
            case '/', '\\', ';', '#', '=':
                throw notStrict();
            case '{', '}', '[', ']', ':', ',', ' ', '\t', '\f', '\r', '\n':
                return false;
            default:
                return true;
        }
    }

    private void push(int newTop) throws IOException {
        if (scopes.depth() >= nestingLimit) {
            throw new JsonSyntaxError(JsonSyntaxError.Kind.TOO_DEEP, "Nesting limit " + nestingLimit + " reached",
                    getPath(), line(), column());
        }
        scopes.push(newTop);
    }

    /** The next character that is not white space, or -1 at the end; {@link #NON_ASCII} for one outside ASCII. */
    private int nextNonWhitespace(boolean throwOnEof) throws IOException {
        byte[] buffer = buf;
        int p = pos;
        int l = limit;
        while (true) {
            if (p == l) {
                pos = p;
                if (!fillBuffer(1)) {
                    break;
                }
                buffer = buf;
                p = pos;
                l = limit;
            }
            int c = buffer[p++];
            if (c == '\n') {
                lineNumber++;
                lineStart = bufferStart + p;
                // the indentation of a pretty-printed file, eight bytes at a time
                p = Utf8Bytes.skipSpaces(buffer, p, l);
                continue;
            } else if (c == ' ' || c == '\r' || c == '\t') {
                continue;
            }
            pos = p;
            if (c == '/') {
                if (p == l && !fillBuffer(1)) {
                    return c; // Gson returns a '/' at the very end, and refuses it later
                }
                throw notStrict(); // a comment
            } else if (c == '#') {
                throw notStrict();
            } else if (c < 0) {
                pos = p - 1;
                if (pos + 4 > limit && !eof) {
                    fillBuffer(4);
                }
                pushBackPos = pos;
                pushBackLineStart = lineStart;
                int n = utf8Char(pos);
                pos += n;
                if (n == 4) {
                    lineStart++; // Gson has read only the first char of its surrogate pair
                }
                return NON_ASCII;
            }
            return c;
        }
        if (throwOnEof) {
            throw new JsonSyntaxError(JsonSyntaxError.Kind.END_OF_INPUT, "End of input", getPath(), line(), column());
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // strings

    /**
     * Reads a string whose opening quote was consumed; {@code shared}: short strings come from the table. Refuses
     * control characters and unpaired surrogates, as Gson's strict mode does for strings it reads.
     */
    private String readString(boolean shared) throws IOException {
        int end = scanString(true);
        if (end < 0) {
            return slowString(true);
        }
        int start = pos; // where the string starts now, after any refill
        pos = end + 1;
        if (shared && end - start <= Utf8StringTable.LONGEST) {
            return table.get(buf, start, end);
        }
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    private void skipString() throws IOException {
        int end = scanString(false);
        if (end < 0) {
            slowString(false);
        } else {
            pos = end + 1;
        }
    }

    /**
     * Scans a string from {@link #pos} (just after its opening quote) to its closing quote, checking UTF-8 and
     * keeping {@link #pos} at its start (the buffer is refilled or grown as needed). Returns the index of the closing
     * quote; or, at a backslash, -1 with {@link #pos} still at the string's start and {@link #escapeAt} at the
     * backslash, for {@link #slowString} to go on from there. {@code strict}: refuse control characters, as Gson
     * does for strings it reads (not for those it skips).
     */
    private int scanString(boolean strict) throws IOException {
        byte[] b = buf;
        int p = pos;
        int l = limit;
        long startLineStart = lineStart;
        while (true) {
            p = Utf8Bytes.skipPlain(b, p, l);
            if (p == l) {
                int offset = p - pos;
                if (!fillBuffer(offset + 1)) {
                    pos = limit;
                    throw syntaxError("Unterminated string");
                }
                b = buf;
                l = limit;
                p = pos + offset;
                continue;
            }
            int c = b[p];
            if (c == '"') {
                return p;
            } else if (c == '\\') {
                escapeAt = p;
                escapeLineStart = startLineStart;
                return -1;
            } else if (c >= 0x20) {
                p++;
            } else if (c < 0) {
                if (p + 4 > l && !eof) {
                    int offset = p - pos;
                    fillBuffer(offset + 4);
                    b = buf;
                    l = limit;
                    p = pos + offset;
                }
                p += utf8Char(p);
            } else if (strict) {
                // Gson reports it at the start of the string (of the run after the last escape)
                throw syntaxErrorAt(bufferStart + pos, startLineStart,
                        "Unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode");
            } else {
                p++;
                if (c == '\n') {
                    lineNumber++;
                    lineStart = bufferStart + p;
                }
            }
        }
    }

    /**
     * Goes on with a string {@link #scanString} stopped at a backslash: character by character, as Gson does;
     * {@code read}: decode it (and refuse control characters and unpaired surrogates), else only skip it.
     */
    private String slowString(boolean read) throws IOException {
        StringBuilder out = scratch;
        out.setLength(0);
        if (read) {
            out.append(new String(buf, pos, escapeAt - pos, StandardCharsets.UTF_8));
        }
        long runStart = bufferStart + pos;
        long runLineStart = escapeLineStart;
        pos = escapeAt;
        boolean surrogates = false;
        while (true) {
            if (pos == limit && !fillBuffer(1)) {
                throw syntaxError("Unterminated string");
            }
            int c = buf[pos];
            if (c == '"') {
                pos++;
                if (!read) {
                    return null;
                }
                String s = out.toString();
                if (surrogates) {
                    checkSurrogates(s);
                }
                return s;
            } else if (c == '\\') {
                pos++;
                char e = readEscapeCharacter();
                surrogates |= Character.isSurrogate(e);
                if (read) {
                    out.append(e);
                }
                runStart = bufferStart + pos;
                runLineStart = lineStart;
            } else if (c >= 0x20) {
                if (read) {
                    out.append((char) c);
                }
                pos++;
            } else if (c < 0) {
                if (pos + 4 > limit && !eof) {
                    fillBuffer(4);
                }
                int n = utf8Char(pos);
                if (read) {
                    Utf8Bytes.appendUtf8(out, buf, pos, n);
                }
                pos += n;
            } else if (read) {
                throw syntaxErrorAt(runStart, runLineStart,
                        "Unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode");
            } else {
                pos++;
                if (c == '\n') {
                    lineNumber++;
                    lineStart = bufferStart + pos;
                }
            }
        }
    }

    private void checkSurrogates(String s) throws JsonSyntaxError {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw syntaxError("Unpaired surrogate characters are not allowed in strict mode");
                }
            }
        }
    }

    private char readEscapeCharacter() throws IOException {
        fillBuffer(5);
        if (pos == limit) {
            throw syntaxError("Unterminated escape sequence");
        }
        byte escaped = buf[pos++];
        switch (escaped) {
            case 'u' -> {
                if (pos + 4 > limit && !fillBuffer(4)) {
                    String rest = nextChars(4);
                    if (rest.length() < 4) {
                        throw syntaxError("Unterminated escape sequence");
                    }
                    throw syntaxError("Malformed Unicode escape \\u" + rest);
                }
                int result = 0;
                for (int i = pos, end = i + 4; i < end; i++) {
                    byte c = buf[i];
                    result <<= 4;
                    if (c >= '0' && c <= '9') {
                        result += c - '0';
                    } else if (c >= 'a' && c <= 'f') {
                        result += c - 'a' + 10;
                    } else if (c >= 'A' && c <= 'F') {
                        result += c - 'A' + 10;
                    } else {
                        String four = nextChars(4);
                        if (four.length() < 4) {
                            throw syntaxError("Unterminated escape sequence");
                        }
                        throw syntaxError("Malformed Unicode escape \\u" + four);
                    }
                }
                pos += 4;
                return (char) result;
            }
            case 't' -> {
                return '\t';
            }
            case 'b' -> {
                return '\b';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 'f' -> {
                return '\f';
            }
            case '\n' -> throw syntaxError("Cannot escape a newline character in strict mode");
            case '\'' -> throw syntaxError("Invalid escaped character \"'\" in strict mode");
            case '"', '\\', '/' -> {
                return (char) escaped;
            }
            default -> {
                if (escaped < 0) {
                    long before = lineStart;
                    utf8Char(pos - 1); // not UTF-8 is reported first
                    lineStart = before;
                }
                throw syntaxError("Invalid escape sequence");
            }
        }
    }

    /** Up to {@code n} chars from {@link #pos} (fewer at the end), without consuming them; for messages. */
    private String nextChars(int n) throws IOException {
        fillBuffer(4 * n);
        StringBuilder s = new StringBuilder();
        int p = pos;
        long savedLineStart = lineStart;
        while (s.length() < n && p < limit) {
            if (buf[p] >= 0) {
                s.append((char) buf[p++]);
            } else {
                int len = utf8Char(p);
                Utf8Bytes.appendUtf8(s, buf, p, len);
                p += len;
            }
        }
        lineStart = savedLineStart;
        return s.length() > n ? s.substring(0, n) : s.toString();
    }

    /**
     * Checks the UTF-8 sequence starting at {@code p} (its lead byte is 0x80 or above) and returns its length in
     * bytes; moves {@link #lineStart} on by its bytes beyond its UTF-16 length. The buffer must hold the sequence
     * (or the file must end before it does). Refuses what Java's UTF-8 decoder refuses: stray continuation bytes,
     * overlong forms, surrogates, values above U+10FFFF, sequences cut short.
     */
    private int utf8Char(int p) throws JsonSyntaxError {
        if (p + 4 > limit && !eof) {
            throw new IllegalStateException("the buffer must hold the character");
        }
        int n = Utf8Bytes.sequenceLength(buf, p, limit);
        if (n > 0) {
            lineStart += n == 4 ? 2 : n - 1; // its bytes beyond its UTF-16 chars
            return n;
        }
        int at = pos;
        pos = p;
        JsonSyntaxError e = new JsonSyntaxError(JsonSyntaxError.Kind.NOT_UTF8, "Not UTF-8", "$", line(), column());
        pos = at;
        throw e;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the buffer

    /**
     * Keeps {@code buf[pos..limit)}, moved to the start of the buffer, and reads until it holds at least
     * {@code minimum} bytes from {@link #pos}; false when the stream ends first (what it holds is still there).
     */
    private boolean fillBuffer(int minimum) throws IOException {
        if (limit - pos >= minimum) {
            return true;
        }
        bufferStart += pos;
        int kept = limit - pos;
        if (minimum > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(minimum, buf.length * 2));
        }
        if (kept > 0 && pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
        }
        limit = kept;
        pos = 0;
        while (limit < minimum) {
            if (eof) {
                return false;
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // errors

    private JsonSyntaxError syntaxError(String message) {
        return new JsonSyntaxError(JsonSyntaxError.Kind.OTHER, lowerFirst(message), getPath(), line(), column());
    }

    /** A syntax error at an earlier place of the current line: its offset, and the line start as it was there. */
    private JsonSyntaxError syntaxErrorAt(long offset, long lineStartThen, String message) {
        return new JsonSyntaxError(JsonSyntaxError.Kind.OTHER, lowerFirst(message), getPath(), line(),
                (int) (offset - lineStartThen + 1));
    }

    private JsonSyntaxError notStrict() {
        return new JsonSyntaxError(JsonSyntaxError.Kind.NOT_STRICT,
                "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", getPath(), line(),
                column());
    }

    private IllegalStateException unexpected(String expected) throws IOException {
        return new IllegalStateException("Expected " + expected + " but was " + peek() + " at line " + line()
                + " column " + column() + " path " + getPath());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
