package org.pyadoption.explorer.ui.chart;

import java.util.List;
import java.util.Set;

/**
 * What a chart shows, as plain data: the same object is drawn on screen, written as PNG and SVG, and as CSV.
 * Every kind has a title, axis labels and the ids of the sources behind its numbers (for the footnote).
 */
public sealed interface ChartData {

    ChartKind kind();

    String title();

    String xLabel();

    String yLabel();

    /** Ids of the sources cited by the facts the chart counts or shows. */
    Set<String> sourceIds();

    /** The data as a table: a header row, then one row per line of data. */
    List<List<String>> table();

    /** Companies x use-case areas: how many sourced facts each company has for each area. */
    record UseCases(List<ChartCompany> companies, List<String> areas, int[][] counts, Set<String> sourceIds)
            implements ChartData {
        @Override
        public ChartKind kind() {
            return ChartKind.USE_CASES;
        }

        @Override
        public String title() {
            return "Use-case profile";
        }

        @Override
        public String xLabel() {
            return "Use-case area";
        }

        @Override
        public String yLabel() {
            return "Sourced facts per company";
        }

        @Override
        public List<List<String>> table() {
            return Tables.matrix("company", companies, areas, (c, a) -> Integer.toString(counts[c][a]));
        }
    }

    /** Use of a framework: none, backed by a sourced fact, or only by unconfirmed facts. */
    enum Use { NONE, SOURCED, UNCONFIRMED }

    /** Companies x frameworks, frameworks used by most of the compared companies first. */
    record Frameworks(List<ChartCompany> companies, List<String> frameworks, Use[][] uses, Set<String> sourceIds)
            implements ChartData {
        @Override
        public ChartKind kind() {
            return ChartKind.FRAMEWORKS;
        }

        @Override
        public String title() {
            return "Framework and library overlap";
        }

        @Override
        public String xLabel() {
            return "Framework or library";
        }

        @Override
        public String yLabel() {
            return "Company";
        }

        /** How many compared companies use framework {@code f}. */
        public int users(int f) {
            int n = 0;
            for (Use[] row : uses) {
                if (row[f] != Use.NONE) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public List<List<String>> table() {
            return Tables.matrix("company", companies, frameworks,
                    (c, f) -> uses[c][f] == Use.NONE ? "" : uses[c][f].name().toLowerCase());
        }
    }

    /** One dated event of a company's timeline. */
    record Milestone(int year, String label, boolean verified) {
    }

    /** A company's row on the timeline; founded and adoption are null when unknown. */
    record TimelineRow(ChartCompany company, Integer founded, Integer adoption, String adoptionLabel,
                       List<Milestone> milestones) {
    }

    /** Founding, Python adoption and dated figures on one year axis. */
    record Timeline(List<TimelineRow> rows, int firstYear, int lastYear, Set<String> sourceIds) implements ChartData {
        @Override
        public ChartKind kind() {
            return ChartKind.TIMELINE;
        }

        @Override
        public String title() {
            return "Timeline: founding, Python adoption and dated figures";
        }

        @Override
        public String xLabel() {
            return "Year";
        }

        @Override
        public String yLabel() {
            return "Company";
        }

        @Override
        public List<List<String>> table() {
            return Tables.timeline(rows);
        }
    }

    /** One company's value of the chosen metric; {@code metric} is the figure's own metric id. */
    record FigureBar(ChartCompany company, String metric, double value, String asOf, String text,
                     boolean verified) {
    }

    /** A metric several companies report; companies without it are listed, never drawn as zero. */
    record Figures(String metric, String metricLabel, String unit, List<FigureBar> bars,
                   List<ChartCompany> notReported, List<String> metrics, Set<String> sourceIds)
            implements ChartData {
        @Override
        public ChartKind kind() {
            return ChartKind.FIGURES;
        }

        @Override
        public String title() {
            return metric == null ? "Figures" : "Figures: " + metricLabel;
        }

        @Override
        public String xLabel() {
            return "Company";
        }

        @Override
        public String yLabel() {
            return unit == null || unit.isBlank() ? metricLabel : metricLabel + " (" + unit + ")";
        }

        @Override
        public List<List<String>> table() {
            return Tables.figures(this);
        }
    }

    /** Per company, facts by kind of evidence: primary, secondary, unconfirmed. */
    record Evidence(List<ChartCompany> companies, List<String> kinds, int[][] counts, Set<String> sourceIds)
            implements ChartData {
        @Override
        public ChartKind kind() {
            return ChartKind.EVIDENCE;
        }

        @Override
        public String title() {
            return "Evidence behind each company's facts";
        }

        @Override
        public String xLabel() {
            return "Company";
        }

        @Override
        public String yLabel() {
            return "Facts";
        }

        @Override
        public List<List<String>> table() {
            return Tables.matrix("company", companies, kinds, (c, k) -> Integer.toString(counts[c][k]));
        }
    }

    /** A labelled count. */
    record Bar(String label, int count) {
    }

    /** The whole dataset: frameworks by number of companies using them, and companies per use-case area. */
    record Landscape(List<Bar> frameworks, List<Bar> useCases, int companyCount, Set<String> sourceIds)
            implements ChartData {
        @Override
        public ChartKind kind() {
            return ChartKind.LANDSCAPE;
        }

        @Override
        public String title() {
            return "Landscape of " + companyCount + " companies";
        }

        @Override
        public String xLabel() {
            return "Companies";
        }

        @Override
        public String yLabel() {
            return "";
        }

        @Override
        public List<List<String>> table() {
            return Tables.landscape(this);
        }
    }
}
