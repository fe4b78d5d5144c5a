package org.pyadoption.explorer.ui.chart;

import java.util.ArrayList;
import java.util.List;

/** Chart data as rows of text, for CSV and for tests. */
final class Tables {

    interface Cell {
        String at(int row, int column);
    }

    private Tables() {
    }

    static List<List<String>> matrix(String corner, List<ChartCompany> companies, List<String> columns, Cell cell) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(corner);
        header.addAll(columns);
        rows.add(header);
        for (int c = 0; c < companies.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(companies.get(c).name());
            for (int k = 0; k < columns.size(); k++) {
                row.add(cell.at(c, k));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> timeline(List<ChartData.TimelineRow> timeline) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("company", "event", "year", "label", "verified"));
        for (ChartData.TimelineRow r : timeline) {
            String name = r.company().name();
            if (r.founded() != null) {
                rows.add(List.of(name, "founded", r.founded().toString(), "Founded", ""));
            }
            if (r.adoption() != null) {
                rows.add(List.of(name, "python-adoption", r.adoption().toString(), r.adoptionLabel(), ""));
            }
            for (ChartData.Milestone m : r.milestones()) {
                rows.add(List.of(name, "figure", Integer.toString(m.year()), m.label(), Boolean.toString(m.verified())));
            }
        }
        return rows;
    }

    static List<List<String>> figures(ChartData.Figures f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("company", "metric", "value", "unit", "as of", "figure", "verified"));
        for (ChartData.FigureBar b : f.bars()) {
            rows.add(List.of(b.company().name(), b.metric(), number(b.value()), nonNull(f.unit()),
                    nonNull(b.asOf()), b.text(), Boolean.toString(b.verified())));
        }
        for (ChartCompany c : f.notReported()) {
            rows.add(List.of(c.name(), nonNull(f.metric()), "not reported", nonNull(f.unit()), "", "", ""));
        }
        return rows;
    }

    static List<List<String>> landscape(ChartData.Landscape l) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("group", "label", "companies"));
        for (ChartData.Bar b : l.frameworks()) {
            rows.add(List.of("framework", b.label(), Integer.toString(b.count())));
        }
        for (ChartData.Bar b : l.useCases()) {
            rows.add(List.of("use-case", b.label(), Integer.toString(b.count())));
        }
        return rows;
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
