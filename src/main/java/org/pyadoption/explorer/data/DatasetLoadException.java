package org.pyadoption.explorer.data;

import java.util.List;

/** A dataset was read but rejected: it holds one or more problems, and nothing of it was loaded. */
public final class DatasetLoadException extends Exception {

    private final transient List<Problem> problems;
    private final int totalProblems;

    public DatasetLoadException(List<Problem> problems, int totalProblems) {
        super(summary(problems, totalProblems));
        this.problems = List.copyOf(problems);
        this.totalProblems = totalProblems;
    }

    /** The problems found, at most the cap; {@link #totalProblems()} says how many there were in all. */
    public List<Problem> problems() {
        return problems;
    }

    public int totalProblems() {
        return totalProblems;
    }

    /** Every problem on its own line, with a last line saying how many were left out. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p).append('\n');
        }
        if (totalProblems > problems.size()) {
            sb.append("... and ").append(totalProblems - problems.size()).append(" more problems\n");
        }
        return sb.toString();
    }

    private static String summary(List<Problem> problems, int total) {
        String first = problems.isEmpty() ? "" : ": " + problems.get(0);
        return total + (total == 1 ? " problem" : " problems") + first;
    }
}
