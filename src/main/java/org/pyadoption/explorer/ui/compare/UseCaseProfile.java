package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first comparison chart as data: for each compared company, how many sourced (verified) facts it has for each
 * use-case area. Unverified facts, such as claims from the founding documents, do not count.
 *
 * @param companyNames      the compared companies, in comparison order
 * @param areas             the areas at least one of them covers, in the vocabulary's order
 * @param sourcedFactCounts {@code [company][area]}: sourced facts of that company for that area
 */
public record UseCaseProfile(List<String> companyNames, List<UseCase> areas, int[][] sourcedFactCounts) {

    public static final UseCaseProfile EMPTY = new UseCaseProfile(List.of(), List.of(), new int[0][0]);

    public UseCaseProfile {
        companyNames = List.copyOf(companyNames);
        areas = List.copyOf(areas);
        if (sourcedFactCounts.length != companyNames.size()) {
            throw new IllegalArgumentException("one row of counts per company expected");
        }
        int[][] copy = new int[sourcedFactCounts.length][];
        for (int i = 0; i < copy.length; i++) {
            if (sourcedFactCounts[i].length != areas.size()) {
                throw new IllegalArgumentException("one count per area expected for " + companyNames.get(i));
            }
            copy[i] = sourcedFactCounts[i].clone();
        }
        sourcedFactCounts = copy;
    }

    /** The profile of these companies; only areas with at least one sourced fact among them are kept. */
    public static UseCaseProfile of(List<IndexedCompany> companies) {
        UseCase[] all = UseCase.values();
        int[][] full = new int[companies.size()][all.length];
        boolean[] covered = new boolean[all.length];
        List<String> names = new ArrayList<>(companies.size());
        for (int c = 0; c < companies.size(); c++) {
            names.add(companies.get(c).name());
            for (UseCaseFact f : companies.get(c).company().useCases()) {
                if (f.verified()) {
                    full[c][f.useCase().ordinal()]++;
                    covered[f.useCase().ordinal()] = true;
                }
            }
        }
        List<UseCase> areas = new ArrayList<>();
        for (UseCase u : all) {
            if (covered[u.ordinal()]) {
                areas.add(u);
            }
        }
        int[][] counts = new int[companies.size()][areas.size()];
        for (int c = 0; c < companies.size(); c++) {
            for (int a = 0; a < areas.size(); a++) {
                counts[c][a] = full[c][areas.get(a).ordinal()];
            }
        }
        return new UseCaseProfile(names, areas, counts);
    }

    /** A copy: the profile itself never changes. */
    @Override
    public int[][] sourcedFactCounts() {
        int[][] copy = new int[sourcedFactCounts.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = sourcedFactCounts[i].clone();
        }
        return copy;
    }

    public int count(int company, int area) {
        return sourcedFactCounts[company][area];
    }

    /** Sourced facts of the named company for the area; 0 when either is not in the profile. */
    public int count(String companyName, UseCase area) {
        int c = companyNames.indexOf(companyName);
        int a = areas.indexOf(area);
        return c < 0 || a < 0 ? 0 : sourcedFactCounts[c][a];
    }

    /** The height of a company's stacked bar: its sourced use-case facts over all areas. */
    public int total(int company) {
        int sum = 0;
        for (int n : sourcedFactCounts[company]) {
            sum += n;
        }
        return sum;
    }

    public int maxTotal() {
        int max = 0;
        for (int c = 0; c < companyNames.size(); c++) {
            max = Math.max(max, total(c));
        }
        return max;
    }

    public boolean isEmpty() {
        return companyNames.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UseCaseProfile p && companyNames.equals(p.companyNames) && areas.equals(p.areas)
                && Arrays.deepEquals(sourcedFactCounts, p.sourcedFactCounts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * companyNames.hashCode() + areas.hashCode()) + Arrays.deepHashCode(sourcedFactCounts);
    }

    @Override
    public String toString() {
        return "UseCaseProfile[" + companyNames + " x " + areas + " = " + Arrays.deepToString(sourcedFactCounts) + "]";
    }
}
