package org.pyadoption.explorer.data;

import java.util.ArrayList;
import java.util.List;

/** Gathers problems up to a cap, counting the ones past it. */
final class ProblemCollector {

    static final int DEFAULT_CAP = 200;

    private final String file;
    private final int cap;
    private final List<Problem> problems = new ArrayList<>();
    private int total;

    ProblemCollector(String file, int cap) {
        this.file = file;
        this.cap = cap;
    }

    void add(String path, String message) {
        add(path, 0, 0, message);
    }

    void add(String path, int line, int column, String message) {
        total++;
        if (problems.size() < cap) {
            problems.add(new Problem(file, tidy(path), line, column, message));
        }
    }

    /** Gson writes "$.a." for a place inside an object before its next field: that place is the object, "$.a". */
    private static String tidy(String path) {
        return path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    List<Problem> problems() {
        return problems;
    }

    String file() {
        return file;
    }
}
