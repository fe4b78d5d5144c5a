package org.pyadoption.explorer.cli;

import org.pyadoption.explorer.data.DatasetLoadException;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.HeadlessFx;
import org.pyadoption.explorer.ui.chart.ChartCompany;
import org.pyadoption.explorer.ui.chart.ChartData;
import org.pyadoption.explorer.ui.chart.ChartDataBuilder;
import org.pyadoption.explorer.ui.chart.ChartExport;
import org.pyadoption.explorer.ui.chart.ChartExporter;
import org.pyadoption.explorer.ui.chart.ChartKind;
import org.pyadoption.explorer.ui.chart.TextMeasurer;
import org.pyadoption.explorer.ui.common.Theme;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * {@code --export-chart KIND --companies a,b --format png|svg|csv --out FILE [...]}: renders a chart off-screen with
 * the window's drawing code and writes it, without opening a window.
 */
public final class ExportChartCommand {

    public static final String FLAG = "--export-chart";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final double WIDTH = 1000;
    static final double HEIGHT = 620;

    /** The parsed command line. */
    record Options(ChartKind kind, List<String> companies, ChartExport export, Theme theme, boolean colourBlind,
                   String metric, Path out, Path dataset) {
    }

    /** A command-line mistake, said to the user as it is. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private ExportChartCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println("export-chart: " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        LoadedDataset dataset;
        try {
            dataset = o.dataset() == null ? new DatasetLoader().loadBundled() : new DatasetLoader().load(o.dataset());
        } catch (DatasetLoadException e) {
            err.print(e.report());
            err.println("export-chart: the dataset has problems: " + e.totalProblems());
            return FAILED;
        } catch (IOException e) {
            err.println("export-chart: cannot read the dataset: " + e.getMessage());
            return FAILED;
        }
        List<ChartCompany> companies;
        try {
            companies = companies(dataset, o);
        } catch (UsageException e) {
            err.println("export-chart: " + e.getMessage());
            return USAGE;
        }
        try {
            ChartExporter.Exported exported = onFxThread(() -> {
                ChartDataBuilder builder = new ChartDataBuilder(dataset);
                ChartData data = builder.build(o.kind(), companies, o.metric());
                return new ChartExporter(new TextMeasurer()).export(data, builder.footnote(data), o.export(),
                        o.theme(), o.colourBlind(), WIDTH, HEIGHT);
            });
            exported.writeTo(o.out());
        } catch (IOException e) {
            err.println("export-chart: cannot write " + o.out() + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException | ExecutionException e) {
            err.println("export-chart: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return FAILED;
        }
        out.println("Wrote " + o.out());
        return OK;
    }

    static Options parse(String[] args) throws UsageException {
        if (args.length < 2 || !FLAG.equals(args[0])) {
            throw new UsageException("name a chart kind after " + FLAG);
        }
        ChartKind kind = ChartKind.fromId(args[1]).orElseThrow(() -> new UsageException("unknown chart kind \""
                + args[1] + "\"; choose one of: " + ids(ChartKind.values())));
        List<String> companies = List.of();
        ChartExport.Format format = null;
        double scale = 1;
        ChartExport.Background background = ChartExport.Background.THEME;
        Theme theme = Theme.LIGHT;
        boolean colourBlind = false;
        String metric = null;
        Path out = null;
        Path dataset = null;
        for (int i = 2; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--colour-blind")) {
                colourBlind = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException(flag + " needs a value");
            }
            String v = args[++i];
            switch (flag) {
                case "--companies" -> companies = Arrays.stream(v.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                case "--format" -> format = ChartExport.Format.fromId(v).orElseThrow(() -> new UsageException(
                        "unknown format \"" + v + "\"; choose png, svg or csv"));
                case "--scale" -> scale = scale(v);
                case "--background" -> background = ChartExport.Background.fromId(v).orElseThrow(() ->
                        new UsageException("unknown background \"" + v + "\"; choose theme, white or transparent"));
                case "--theme" -> theme = Theme.fromId(v).orElseThrow(() -> new UsageException("unknown theme \""
                        + v + "\"; choose light or dark"));
                case "--metric" -> metric = v;
                case "--out" -> out = Path.of(v);
                case "--dataset" -> dataset = Path.of(v);
                default -> throw new UsageException("unknown option " + flag);
            }
        }
        if (out == null) {
            throw new UsageException("say where to write the chart with --out FILE");
        }
        if (format == null) {
            String name = out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            format = dot < 0 ? null : ChartExport.Format.fromId(name.substring(dot + 1)).orElse(null);
            if (format == null) {
                throw new UsageException("say the format with --format png, svg or csv");
            }
        }
        if (kind != ChartKind.LANDSCAPE && companies.isEmpty()) {
            throw new UsageException("name the companies to compare with --companies id,id,...");
        }
        return new Options(kind, companies, new ChartExport(format, scale, background), theme, colourBlind, metric,
                out, dataset);
    }

    private static double scale(String v) throws UsageException {
        try {
            double s = Double.parseDouble(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
            if (s >= ChartExport.MIN_SCALE && s <= ChartExport.MAX_SCALE) {
                return s;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("scale \"" + v + "\" must be a number from " + ChartExport.MIN_SCALE + " to "
                + ChartExport.MAX_SCALE);
    }

    static List<ChartCompany> companies(LoadedDataset dataset, Options o) throws UsageException {
        List<String> unknown = new ArrayList<>();
        List<ChartCompany> out = new ArrayList<>();
        for (String id : o.companies()) {
            IndexedCompany c = dataset.index().company(id).orElse(null);
            if (c == null) {
                unknown.add(id);
            } else if (out.stream().noneMatch(x -> x.id().equals(id))) {
                out.add(new ChartCompany(c.id(), c.name(), out.size() + 1));
            }
        }
        if (!unknown.isEmpty()) {
            String known = dataset.index().companies().stream().map(IndexedCompany::id).limit(40)
                    .collect(Collectors.joining(", "));
            throw new UsageException("unknown " + (unknown.size() == 1 ? "company " : "companies ")
                    + String.join(", ", unknown) + "; known ids: " + known);
        }
        if (out.size() > ExplorerState.MAX_COMPARED) {
            throw new UsageException("at most " + ExplorerState.MAX_COMPARED + " companies side by side; "
                    + out.size() + " were named");
        }
        return out;
    }

    /** Starts JavaFX without a screen (Monocle) and runs the work on its thread. */
    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) throws ExecutionException {
        try {
            HeadlessFx.start();
            return HeadlessFx.call(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ExecutionException(new IllegalStateException("rendering took too long"));
        }
    }

    static String usage() {
        return "usage: " + FLAG + " KIND --companies ID,ID,... --out FILE [--format png|svg|csv] [--scale 2]"
                + " [--background theme|white|transparent] [--theme light|dark] [--colour-blind] [--metric ID]"
                + " [--dataset FILE]\n  KIND: " + ids(ChartKind.values());
    }

    private static String ids(ChartKind[] kinds) {
        return Arrays.stream(kinds).map(ChartKind::id).collect(Collectors.joining(", "));
    }
}
