package org.pyadoption.explorer.data;

import java.util.Arrays;

/**
 * Where {@link Utf8JsonReader} is in a document: the open arrays and objects, innermost last, with each one's
 * element index or field name, and the JSON path they make, kept as Gson's {@code JsonReader} keeps them.
 */
final class JsonScopes {

    // as Gson's JsonScope
    static final int EMPTY_ARRAY = 1;
    static final int NONEMPTY_ARRAY = 2;
    static final int EMPTY_OBJECT = 3;
    static final int DANGLING_NAME = 4;
    static final int NONEMPTY_OBJECT = 5;
    static final int EMPTY_DOCUMENT = 6;
    static final int NONEMPTY_DOCUMENT = 7;

    private int[] scopes = new int[32];
    private String[] names = new String[32];
    private int[] indices = new int[32];
    private int size;

    JsonScopes() {
        scopes[size++] = EMPTY_DOCUMENT;
    }

    int top() {
        return scopes[size - 1];
    }

    void setTop(int scope) {
        scopes[size - 1] = scope;
    }

    /** 0 in the document itself, 1 in the top-level value, 2 in its children, ... */
    int depth() {
        return size - 1;
    }

    void push(int scope) {
        if (size == scopes.length) {
            int newLength = size * 2;
            scopes = Arrays.copyOf(scopes, newLength);
            indices = Arrays.copyOf(indices, newLength);
            names = Arrays.copyOf(names, newLength);
        }
        scopes[size++] = scope;
    }

    void pop() {
        size--;
    }

    /** The innermost array starts at element 0. */
    void resetIndex() {
        indices[size - 1] = 0;
    }

    /** A value of the innermost scope was read. */
    void nextIndex() {
        indices[size - 1]++;
    }

    /** {@code n} values of the innermost scope were read elsewhere. */
    void addToIndex(int n) {
        indices[size - 1] += n;
    }

    /** The field name of the innermost object; null for none. */
    void name(String name) {
        names[size - 1] = name;
    }

    /** The JSON path, exactly as Gson's {@code getPath()} writes it. */
    String path() {
        StringBuilder result = new StringBuilder().append('$');
        for (int i = 0; i < size; i++) {
            switch (scopes[i]) {
                case EMPTY_ARRAY, NONEMPTY_ARRAY -> result.append('[').append(indices[i]).append(']');
                case EMPTY_OBJECT, DANGLING_NAME, NONEMPTY_OBJECT -> {
                    result.append('.');
                    if (names[i] != null) {
                        result.append(names[i]);
                    }
                }
                default -> {
                    // the document itself
                }
            }
        }
        return result.toString();
    }
}
