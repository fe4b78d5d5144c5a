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
            problems.add(new Problem(file, path, line, column, message));
        }
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
