package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes each chart's data from the loaded dataset and the compared companies. */
public final class ChartDataBuilder {

    /** The metric group of every "share-of-..." metric: shares of services, code or repositories in Python. */
    public static final String SHARE_METRICS = "share-in-python";
    static final String SHARE_PREFIX = "share-of-";
    static final int LANDSCAPE_FRAMEWORKS = 15;
    static final List<String> EVIDENCE_KINDS = List.of("Primary", "Secondary", "Unconfirmed");

    private final LoadedDataset dataset;
    private final DatasetIndex index;

    public ChartDataBuilder(LoadedDataset dataset) {
        this.dataset = dataset;
        this.index = dataset.index();
    }

    /**
     * The data of a chart.
     *
     * @param metric for {@link ChartKind#FIGURES}: a metric id, {@link #SHARE_METRICS}, or null for the one most
     *               compared companies report
     */
    public ChartData build(ChartKind kind, List<ChartCompany> companies, String metric) {
        return switch (kind) {
            case USE_CASES -> useCases(companies);
            case FRAMEWORKS -> frameworks(companies);
            case TIMELINE -> timeline(companies);
            case FIGURES -> figures(companies, metric);
            case EVIDENCE -> evidence(companies);
            case LANDSCAPE -> landscape();
        };
    }

    private Company company(ChartCompany c) {
        return index.company(c.id()).map(IndexedCompany::company)
                .orElseThrow(() -> new IllegalArgumentException("unknown company " + c.id()));
    }

    ChartData.UseCases useCases(List<ChartCompany> companies) {
        UseCase[] areas = UseCase.values();
        int[][] counts = new int[companies.size()][areas.length];
        Set<String> sources = new LinkedHashSet<>();
        for (int c = 0; c < companies.size(); c++) {
            for (UseCaseFact f : company(companies.get(c)).useCases()) {
                if (f.verified()) {
                    counts[c][f.useCase().ordinal()]++;
                    sources.addAll(f.provenance().sourceIds());
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (UseCase u : areas) {
            labels.add(u.label());
        }
        return new ChartData.UseCases(List.copyOf(companies), labels, counts, sources);
    }

    ChartData.Frameworks frameworks(List<ChartCompany> companies) {
        Map<String, ChartData.Use[]> byFramework = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (int c = 0; c < companies.size(); c++) {
            for (FrameworkFact f : company(companies.get(c)).frameworks()) {
                sources.addAll(f.provenance().sourceIds());
                for (String id : f.frameworkIds()) {
                    ChartData.Use[] row = byFramework.computeIfAbsent(id, k -> filled(companies.size()));
                    if (f.verified()) {
                        row[c] = ChartData.Use.SOURCED;
                    } else if (row[c] == ChartData.Use.NONE) {
                        row[c] = ChartData.Use.UNCONFIRMED;
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>(byFramework.keySet());
        ids.sort(Comparator.comparingInt((String id) -> -users(byFramework.get(id)))
                .thenComparing(id -> index.frameworkName(id).toLowerCase()));
        ChartData.Use[][] uses = new ChartData.Use[companies.size()][ids.size()];
        List<String> names = new ArrayList<>();
        for (int f = 0; f < ids.size(); f++) {
            names.add(index.frameworkName(ids.get(f)));
            ChartData.Use[] row = byFramework.get(ids.get(f));
            for (int c = 0; c < companies.size(); c++) {
                uses[c][f] = row[c];
            }
        }
        return new ChartData.Frameworks(List.copyOf(companies), names, uses, sources);
    }

    private static ChartData.Use[] filled(int n) {
        ChartData.Use[] row = new ChartData.Use[n];
        java.util.Arrays.fill(row, ChartData.Use.NONE);
        return row;
    }

    private static int users(ChartData.Use[] row) {
        int n = 0;
        for (ChartData.Use u : row) {
            if (u != ChartData.Use.NONE) {
                n++;
            }
        }
        return n;
    }

    ChartData.Timeline timeline(List<ChartCompany> companies) {
        List<ChartData.TimelineRow> rows = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (ChartCompany cc : companies) {
            Company c = company(cc);
            Integer founded = c.founded() == null ? null : c.founded().year();
            Integer adoption = c.pythonAdoption() == null ? null : c.pythonAdoption().year();
            String adoptionLabel = adoption == null ? "" : "Python " + c.pythonAdoption().yearLabel();
            if (founded != null) {
                sources.addAll(c.founded().provenance().sourceIds());
            }
            if (adoption != null) {
                sources.addAll(c.pythonAdoption().provenance().sourceIds());
            }
            List<ChartData.Milestone> milestones = new ArrayList<>();
            for (Figure f : c.figures()) {
                Integer year = year(f.asOf());
                if (year != null) {
                    milestones.add(new ChartData.Milestone(year, f.value(), f.verified()));
                    sources.addAll(f.provenance().sourceIds());
                }
            }
            milestones.sort(Comparator.comparingInt(ChartData.Milestone::year));
            rows.add(new ChartData.TimelineRow(cc, founded, adoption, adoptionLabel, milestones));
            for (Integer y : yearsOf(founded, adoption, milestones)) {
                first = Math.min(first, y);
                last = Math.max(last, y);
            }
        }
        if (first > last) {
            first = 1989;
            last = 1989 + 10;
        }
        return new ChartData.Timeline(rows, first, last, sources);
    }

    private static List<Integer> yearsOf(Integer founded, Integer adoption, List<ChartData.Milestone> ms) {
        List<Integer> years = new ArrayList<>();
        if (founded != null) {
            years.add(founded);
        }
        if (adoption != null) {
            years.add(adoption);
        }
        for (ChartData.Milestone m : ms) {
            years.add(m.year());
        }
        return years;
    }

    /** The first year of an as-of date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-YYYY), or null. */
    static Integer year(String asOf) {
        if (asOf == null || asOf.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(asOf.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Metrics with a number that the compared companies report, most reported first; the share group leads. */
    public List<String> metrics(List<ChartCompany> companies) {
        Map<String, Set<String>> reporters = new TreeMap<>();
        for (ChartCompany cc : companies) {
            for (Figure f : company(cc).figures()) {
                if (f.metric() != null && f.number() != null) {
                    reporters.computeIfAbsent(f.metric(), k -> new LinkedHashSet<>()).add(cc.id());
                    if (f.metric().startsWith(SHARE_PREFIX)) {
                        reporters.computeIfAbsent(SHARE_METRICS, k -> new LinkedHashSet<>()).add(cc.id());
                    }
                }
            }
        }
        List<String> metrics = new ArrayList<>(reporters.keySet());
        metrics.sort(Comparator.comparingInt((String m) -> -reporters.get(m).size())
                .thenComparing(m -> !m.equals(SHARE_METRICS))
                .thenComparing(m -> m));
        return metrics;
    }

    ChartData.Figures figures(List<ChartCompany> companies, String wanted) {
        List<String> metrics = metrics(companies);
        String metric = wanted != null && metrics.contains(wanted) ? wanted : metrics.isEmpty() ? null : metrics.get(0);
        List<ChartData.FigureBar> bars = new ArrayList<>();
        List<ChartCompany> notReported = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        String unit = null;
        for (ChartCompany cc : companies) {
            Figure best = null;
            for (Figure f : company(cc).figures()) {
                if (f.number() != null && f.metric() != null && inMetric(f.metric(), metric)
                        && (best == null || later(f, best))) {
                    best = f;
                }
            }
            if (best == null) {
                notReported.add(cc);
            } else {
                bars.add(new ChartData.FigureBar(cc, best.metric(), best.number(), best.asOf(), best.value(),
                        best.verified()));
                sources.addAll(best.provenance().sourceIds());
                unit = unit == null ? best.unit() : unit;
            }
        }
        return new ChartData.Figures(metric, metricLabel(metric), unit, bars, notReported, metrics, sources);
    }

    private static boolean inMetric(String figureMetric, String chosen) {
        if (chosen == null) {
            return false;
        }
        return chosen.equals(SHARE_METRICS) ? figureMetric.startsWith(SHARE_PREFIX) : figureMetric.equals(chosen);
    }

    /** A company's most recent figure wins; undated figures lose to dated ones. */
    private static boolean later(Figure a, Figure b) {
        String x = a.asOf() == null ? "" : a.asOf();
        String y = b.asOf() == null ? "" : b.asOf();
        return x.compareTo(y) > 0;
    }

    /** "share-of-services-in-python" -> "Share of services in Python". */
    public static String metricLabel(String metric) {
        if (metric == null) {
            return "No figure to compare";
        }
        if (metric.equals(SHARE_METRICS)) {
            return "Share in Python (services, code or repositories)";
        }
        String words = metric.replace('-', ' ').replace("python", "Python");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    ChartData.Evidence evidence(List<ChartCompany> companies) {
        int[][] counts = new int[companies.size()][EVIDENCE_KINDS.size()];
        Set<String> sources = new LinkedHashSet<>();
        for (int c = 0; c < companies.size(); c++) {
            for (Fact f : company(companies.get(c)).facts()) {
                counts[c][evidenceColumn(f)]++;
                sources.addAll(f.provenance().sourceIds());
            }
        }
        return new ChartData.Evidence(List.copyOf(companies), EVIDENCE_KINDS, counts, sources);
    }

    /** 0 primary, 1 secondary, 2 unconfirmed (not verified, or backed by no document). */
    int evidenceColumn(Fact f) {
        if (!f.verified()) {
            return 2;
        }
        SourceKind kind = f.provenance().evidence();
        if (kind == null && !f.provenance().sourceIds().isEmpty()) {
            kind = index.source(f.provenance().sourceIds().get(0)).map(Source::kind).orElse(null);
        }
        if (kind == SourceKind.PRIMARY) {
            return 0;
        }
        return kind == SourceKind.SECONDARY ? 1 : 2;
    }

    ChartData.Landscape landscape() {
        Map<String, Integer> frameworkUsers = new LinkedHashMap<>();
        int[] areaUsers = new int[UseCase.values().length];
        Set<String> sources = new LinkedHashSet<>();
        for (IndexedCompany ic : index.companies()) {
            Set<String> fws = new LinkedHashSet<>();
            for (FrameworkFact f : ic.company().frameworks()) {
                if (f.verified()) {
                    fws.addAll(f.frameworkIds());
                    sources.addAll(f.provenance().sourceIds());
                }
            }
            for (String id : fws) {
                frameworkUsers.merge(id, 1, Integer::sum);
            }
            boolean[] covered = new boolean[areaUsers.length];
            for (UseCaseFact f : ic.company().useCases()) {
                if (f.verified()) {
                    covered[f.useCase().ordinal()] = true;
                    sources.addAll(f.provenance().sourceIds());
                }
            }
            for (int a = 0; a < covered.length; a++) {
                areaUsers[a] += covered[a] ? 1 : 0;
            }
        }
        List<ChartData.Bar> frameworks = new ArrayList<>();
        frameworkUsers.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> index.frameworkName(e.getKey()).toLowerCase()))
                .limit(LANDSCAPE_FRAMEWORKS)
                .forEach(e -> frameworks.add(new ChartData.Bar(index.frameworkName(e.getKey()), e.getValue())));
        List<ChartData.Bar> areas = new ArrayList<>();
        for (UseCase u : UseCase.values()) {
            areas.add(new ChartData.Bar(u.label(), areaUsers[u.ordinal()]));
        }
        areas.sort(Comparator.comparingInt(ChartData.Bar::count).reversed());
        return new ChartData.Landscape(frameworks, areas, index.companies().size(), sources);
    }

    /** "Source: Python at 26 technology companies 1.0.0, as of 2026-11-22; 12 sources". */
    public String footnote(ChartData data) {
        var info = dataset.dataset().info();
        int n = data.sourceIds().size();
        return "Source: " + nonNull(info.title()) + " " + nonNull(info.version()) + ", as of " + nonNull(info.asOf())
                + "; " + n + (n == 1 ? " source" : " sources");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
