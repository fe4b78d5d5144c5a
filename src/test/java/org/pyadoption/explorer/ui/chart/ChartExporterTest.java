package org.pyadoption.explorer.ui.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.common.Theme;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exports as files: SVG is XML with text as text, CSV matches the chart, failures leave nothing behind. */
class ChartExporterTest {

    @TempDir
    Path dir;
    private static LoadedDataset bundled;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new DatasetLoader().loadBundled();
    }

    private ChartExporter.Exported export(ChartKind kind, ChartExport export) throws Exception {
        return ChartImageTest.fx(() -> {
            ChartDataBuilder b = new ChartDataBuilder(bundled);
            ChartData data = b.build(kind, ChartImageTest.four(), null);
            return new ChartExporter(new TextMeasurer()).export(data, b.footnote(data), export, Theme.DARK, false,
                    900, 560);
        });
    }

    @Test
    void svgIsXmlWithCompanyNamesAsText() throws Exception {
        var svg = (ChartExporter.Text) export(ChartKind.USE_CASES,
                new ChartExport(ChartExport.Format.SVG, 1, ChartExport.Background.THEME));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("900");
        NodeList texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words).contains("Spotify", "Instagram (Meta)", "Facebook / Meta", "Lyft", "Use-case profile",
                "Web backend");
        assertThat(words).anyMatch(w -> w.startsWith("Source: Python at 26 technology companies 1.0.0"));
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(40);
    }

    @Test
    void csvRowsMatchTheChart() throws Exception {
        var csv = (ChartExporter.Text) export(ChartKind.EVIDENCE,
                new ChartExport(ChartExport.Format.CSV, 1, ChartExport.Background.THEME));
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("company,Primary,Secondary,Unconfirmed");
        assertThat(lines.get(1)).isEqualTo("Spotify,27,3,4");
        assertThat(lines.get(2)).isEqualTo("Instagram (Meta),26,8,4");
        assertThat(lines.get(3)).isEqualTo("Facebook / Meta,18,10,3");
        assertThat(lines.get(lines.size() - 1)).startsWith("\"Source: Python at 26 technology companies 1.0.0, as of");
    }

    @Test
    void pngIsWrittenWholeAtTheScale() throws Exception {
        var png = export(ChartKind.TIMELINE, new ChartExport(ChartExport.Format.PNG, 3,
                ChartExport.Background.TRANSPARENT));
        Path target = dir.resolve("timeline.png");
        png.writeTo(target);
        BufferedImage img = ImageIO.read(target.toFile());
        assertThat(img.getWidth()).isEqualTo(2700);
        assertThat(img.getHeight()).isEqualTo(1680);
        assertThat(img.getRGB(1, 1) >>> 24).isZero();
        assertThat(ChartImageTest.drawnPixels(img)).isGreaterThan(10_000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesNoFile() throws Exception {
        var svg = export(ChartKind.EVIDENCE, new ChartExport(ChartExport.Format.SVG, 1,
                ChartExport.Background.WHITE));
        Path missing = dir.resolve("no-such-folder").resolve("chart.svg");
        assertThatThrownBy(() -> svg.writeTo(missing)).hasMessageContaining("does not exist");
        Path readOnly = Files.createDirectory(dir.resolve("locked"));
        readOnly.toFile().setWritable(false);
        try {
            if (!Files.isWritable(readOnly)) {
                assertThatThrownBy(() -> svg.writeTo(readOnly.resolve("chart.svg")));
            }
            try (Stream<Path> files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(readOnly);
        }
    }

    @Test
    void csvCellsAreQuotedAndFormulasDisarmed() {
        assertThat(ChartWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ChartWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ChartWriter.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(ChartWriter.cell("-12.5")).isEqualTo("-12.5");
    }
}
