package org.pyadoption.explorer.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyadoption.explorer.data.DatasetLoader;
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

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Exporting a four-company chart, warmed: a 2x PNG (rendered and encoded) and an SVG, each from the chart data to
 * the finished bytes. Target: at most 300 ms each.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec@jmh -Djmh.args="ChartExportBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartExportBenchmark {

    @Param({"USE_CASES", "FRAMEWORKS", "TIMELINE", "EVIDENCE"})
    public ChartKind kind;

    private ChartData data;
    private String footnote;
    private ChartExporter exporter;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HeadlessFx.start();
        LoadedDataset dataset = new DatasetLoader().loadBundled();
        List<ChartCompany> four = List.of(new ChartCompany("spotify", "Spotify", 1),
                new ChartCompany("netflix", "Netflix", 2), new ChartCompany("instagram", "Instagram (Meta)", 3),
                new ChartCompany("dropbox", "Dropbox", 4));
        ChartDataBuilder builder = new ChartDataBuilder(dataset);
        data = builder.build(kind, four, null);
        footnote = builder.footnote(data);
        exporter = onFx(() -> new ChartExporter(new TextMeasurer()));
    }

    @Benchmark
    public byte[] png2x() throws Exception {
        var png = (ChartExporter.Png) onFx(() -> exporter.export(data, footnote,
                new ChartExport(ChartExport.Format.PNG, 2, ChartExport.Background.THEME), Theme.LIGHT, false, 900,
                560));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(png.image(), "png", out);
        return out.toByteArray();
    }

    @Benchmark
    public String svg() throws Exception {
        var svg = (ChartExporter.Text) onFx(() -> exporter.export(data, footnote,
                new ChartExport(ChartExport.Format.SVG, 1, ChartExport.Background.THEME), Theme.LIGHT, false, 900,
                560));
        return svg.text();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return HeadlessFx.call(work);
    }
}
