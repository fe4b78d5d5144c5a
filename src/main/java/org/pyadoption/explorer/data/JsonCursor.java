package org.pyadoption.explorer.data;

import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A forgiving walk over a JSON document: a value of the wrong type is reported as a problem (with its JSON path and
 * line:column) and skipped, so one pass finds every problem. Syntax errors still end the walk by exception.
 * Paths and positions are computed only when a problem is reported, to keep the valid case fast. The tokens come
 * from {@link Utf8JsonReader}, which keeps Gson's paths and positions.
 */
final class JsonCursor {

    /** Deeper documents are refused: a dataset needs six levels, and deep nesting is how parsers are attacked. */
    static final int NESTING_LIMIT = 64;

    interface Fields {
        /** Reads the value of field {@code name}; returns false when the field is not known. */
        boolean read(String name) throws IOException;
    }

    interface Element<T> {
        /** Reads one array element; returns null when it was unusable (and reported). */
        T read() throws IOException;
    }

    private final Utf8JsonReader in;
    private final ProblemCollector problems;
    /** The field names of the objects being read, one per level, reused from object to object. */
    private Names[] names = new Names[8];
    private int dropped;
    private final List<String> scratch = new ArrayList<>();
    /** The elements of the arrays being read, one list per level, reused from array to array. */
    @SuppressWarnings("unchecked")
    private List<Object>[] elements = new List[8];

    JsonCursor(Utf8JsonReader reader, ProblemCollector problems) {
        this.in = reader;
        this.problems = problems;
    }

    JsonToken peek() throws IOException {
        return in.peek();
    }

    boolean hasNext() throws IOException {
        return in.hasNext();
    }

    /**
     * Reads an object field by field. Duplicate and unknown fields are reported; fields listed in {@code required}
     * that are absent are reported at the object's closing brace. Returns false when the value was not an object.
     */
    boolean object(Fields fields, String... required) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, "an object")) {
            return false;
        }
        in.beginObject();
        Names seen = names(in.depth());
        while (in.hasNext()) {
            String name = in.nextName();
            if (!seen.add(name)) {
                report("duplicate field \"" + name + "\"");
                in.skipValue();
            } else if (!fields.read(name)) {
                report("unknown field \"" + name + "\"");
                in.skipValue();
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                reportAt(objectPathInside(), "missing required field \"" + r + "\"");
            }
        }
        seen.clear();
        in.endObject();
        return true;
    }

    private Names names(int depth) {
        if (depth >= names.length) {
            names = Arrays.copyOf(names, Math.max(depth + 1, names.length * 2));
        }
        Names n = names[depth];
        if (n == null) {
            n = names[depth] = new Names();
        } else {
            n.clear();
        }
        return n;
    }

    /**
     * The field names of one object: a linear scan over the handful a dataset object has, which is cheaper than a
     * hash set per object; past {@value #SCAN_LIMIT} names (only in odd files) a hash set takes over.
     */
    private static final class Names {
        private static final int SCAN_LIMIT = 16;
        private final String[] first = new String[SCAN_LIMIT];
        private int count;
        private Set<String> more;

        void clear() {
            Arrays.fill(first, 0, count, null);
            count = 0;
            more = null;
        }

        /** Adds the name; false when it was already there. */
        boolean add(String name) {
            if (contains(name)) {
                return false;
            }
            if (count < SCAN_LIMIT) {
                first[count++] = name;
            } else {
                if (more == null) {
                    more = new HashSet<>();
                }
                more.add(name);
            }
            return true;
        }

        boolean contains(String name) {
            int hash = name.hashCode();
            for (int i = 0; i < count; i++) {
                String seen = first[i];
                if (seen == name || seen.hashCode() == hash && seen.equals(name)) {
                    return true;
                }
            }
            return more != null && more.contains(name);
        }
    }

    /** The elements from one of an array's elements to its end, when they were read elsewhere. */
    interface Rest<T> {
        /**
         * With an element that starts with an opening brace peeked: null to read it here, or the elements from it to
         * the end of the array, read elsewhere, with the reader moved on to the array's closing bracket.
         */
        List<T> from(Utf8JsonReader reader) throws IOException;
    }

    <T> List<T> array(Element<T> element) throws IOException {
        return array(element, null);
    }

    /** An array of which {@code rest}, when not null, may have read all elements from one of them on. */
    <T> List<T> array(Element<T> element, Rest<T> rest) throws IOException {
        if (!expect(JsonToken.BEGIN_ARRAY, "an array")) {
            return List.of();
        }
        in.beginArray();
        // the elements gather in a list kept for arrays at this depth, and leave it as an unmodifiable copy, which
        // the model's records keep as it is
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) elements(in.depth());
        while (in.hasNext()) {
            if (rest != null && in.peek() == JsonToken.BEGIN_OBJECT) {
                List<T> tail = rest.from(in);
                if (tail != null) {
                    out.addAll(tail);
                    continue;
                }
            }
            T t = element.read();
            if (t != null) {
                out.add(t);
            } else {
                dropped++;
            }
        }
        in.endArray();
        List<T> copy = List.copyOf(out);
        out.clear();
        return copy;
    }

    private List<Object> elements(int depth) {
        if (depth >= elements.length) {
            elements = Arrays.copyOf(elements, Math.max(depth + 1, elements.length * 2));
        }
        List<Object> list = elements[depth];
        if (list == null) {
            list = elements[depth] = new ArrayList<>();
        }
        return list;
    }

    String string() throws IOException {
        if (!expect(JsonToken.STRING, "a string")) {
            return null;
        }
        return in.nextString();
    }

    /**
     * A string as UTF-8 bytes, for the long texts the model keeps as bytes: copied into {@code into}, at the span
     * returned, in {@code into.block()}; {@link #NO_TEXT} when there is no string here (reported).
     */
    long utf8(TextBlocks into) throws IOException {
        if (!expect(JsonToken.STRING, "a string")) {
            return NO_TEXT;
        }
        return in.nextUtf8(into);
    }

    /** What {@link #utf8} returns where the value is not a string; no span is negative. */
    static final long NO_TEXT = -1;

    /** A string that repeats through the file (an id, a date, a unit): one instance per distinct short value. */
    String sharedString() throws IOException {
        if (!expect(JsonToken.STRING, "a string")) {
            return null;
        }
        return in.nextSharedString();
    }

    Boolean bool() throws IOException {
        if (!expect(JsonToken.BOOLEAN, "true or false")) {
            return null;
        }
        return in.nextBoolean();
    }

    /** A whole number that fits in an int; fractions and huge numbers are reported. */
    Integer integer() throws IOException {
        if (!expect(JsonToken.NUMBER, "a whole number")) {
            return null;
        }
        if (in.isLongPeeked()) {
            long n = in.nextLong();
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return (int) n;
            }
            report("expected a whole number of reasonable size, found " + abbreviate(Long.toString(n)));
            return null;
        }
        String text = in.nextString();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notPlain) {
            try {
                BigDecimal d = new BigDecimal(text);
                if (d.stripTrailingZeros().scale() <= 0
                        && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return d.intValueExact();
                }
            } catch (NumberFormatException | ArithmeticException ignored) {
                // reported below
            }
            report("expected a whole number of reasonable size, found " + abbreviate(text));
            return null;
        }
    }

    /** A finite number; numbers too large for a double are reported. */
    Double number() throws IOException {
        if (!expect(JsonToken.NUMBER, "a number")) {
            return null;
        }
        if (in.isLongPeeked()) {
            return (double) in.nextLong();
        }
        String text = in.nextString();
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d)) {
            report("expected a number of reasonable size, found " + abbreviate(text));
            return null;
        }
        return d;
    }

    List<String> strings() throws IOException {
        return array(this::string);
    }

    /**
     * A list of strings that repeat through the file (as {@link #sharedString()}), handed to {@code keep} in a list
     * that is reused once it returns: the lists of ids each fact has, without a new list to grow for each.
     */
    <R> R sharedStrings(Function<List<String>, R> keep) throws IOException {
        List<String> list = scratch;
        list.clear();
        if (expect(JsonToken.BEGIN_ARRAY, "an array")) {
            in.beginArray();
            while (in.hasNext()) {
                String s = sharedString();
                if (s != null) {
                    list.add(s);
                } else {
                    dropped++;
                }
            }
            in.endArray();
        }
        R kept = keep.apply(list);
        list.clear();
        return kept;
    }

    /** How many array elements were unusable and left out: after that, list indices no longer match the file. */
    int droppedElements() {
        return dropped;
    }

    void skipValue() throws IOException {
        in.skipValue();
    }

    /** Reports a problem at the value just read or about to be read. */
    void report(String message) {
        reportAt(in.getPath(), message);
    }

    void reportAt(String path, String message) {
        int[] lc = position();
        problems.add(path, lc[0], lc[1], message);
    }

    /** The path of the value about to be read or just read, e.g. {@code $.companies[2].name}. */
    String path() {
        return in.getPath();
    }

    private boolean expect(JsonToken token, String what) throws IOException {
        JsonToken actual = in.peek();
        if (actual == token) {
            return true;
        }
        String hint = actual == JsonToken.NULL ? " (leave the field out instead)" : "";
        report("expected " + what + ", found " + describe(actual) + hint);
        in.skipValue();
        return false;
    }

    private int[] position() {
        return new int[] {in.line(), in.column()};
    }

    /** Inside an object (before its end), the path of the object itself. */
    private String objectPathInside() {
        String p = in.getPath();
        int dot = p.lastIndexOf('.');
        int bracket = p.lastIndexOf(']');
        return dot > bracket ? p.substring(0, dot) : p;
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> token.name().toLowerCase();
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
