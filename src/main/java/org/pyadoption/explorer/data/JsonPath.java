package org.pyadoption.explorer.data;

/**
 * A JSON path such as {@code $.companies[3].quotes[0]}, kept as links to its parent and turned into text only when a
 * problem is reported, so checking a valid file builds no path strings.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);
    /**
     * A path that is not followed: its fields and elements are itself, so that a check of a valid part of a file
     * makes no path objects at all. Problems found there are counted, and the part is checked again with its paths.
     */
    static final JsonPath UNTRACKED = new JsonPath(null, "(untracked)", -1);

    private final JsonPath parent;
    private final String field;
    private final int index;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPath field(String name) {
        return this == UNTRACKED ? this : new JsonPath(this, name, -1);
    }

    JsonPath index(int i) {
        return this == UNTRACKED ? this : new JsonPath(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "$";
        }
        StringBuilder sb = new StringBuilder(48);
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            sb.append('$');
            return;
        }
        parent.append(sb);
        if (field != null) {
            sb.append('.').append(field);
        } else {
            sb.append('[').append(index).append(']');
        }
    }
}
