package org.pyadoption.explorer.ui.chart;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each chart's numbers, checked against the bundled dataset. */
class ChartDataBuilderTest {

    private static LoadedDataset bundled;
    private static ChartDataBuilder builder;

    @BeforeAll
    static void load() throws Exception {
        bundled = new DatasetLoader().loadBundled();
        builder = new ChartDataBuilder(bundled);
    }

    private static List<ChartCompany> companies(String... ids) {
        return java.util.stream.IntStream.range(0, ids.length).mapToObj(i -> new ChartCompany(ids[i],
                bundled.index().company(ids[i]).orElseThrow().name(), i + 1)).toList();
    }

    @Test
    void useCasesCountOnlySourcedFacts() {
        var d = (ChartData.UseCases) builder.build(ChartKind.USE_CASES, companies("spotify", "netflix", "instagram"),
                null);
        assertThat(d.areas()).hasSize(10).startsWith("Web backend", "Data engineering", "Machine learning",
                "Infrastructure automation");
        // Spotify: web-backend, data-engineering, machine-learning, testing; its infrastructure-automation fact
        // is an unconfirmed founding-document claim and does not count
        assertThat(d.counts()[0]).containsExactly(1, 1, 1, 0, 0, 1, 0, 0, 0, 0);
        assertThat(d.counts()[1]).containsExactly(0, 1, 1, 1, 1, 0, 0, 0, 0, 0);
        assertThat(d.counts()[2]).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 1, 0);
        assertThat(d.table().get(0)).startsWith("company", "Web backend");
        assertThat(d.table().get(1)).startsWith("Spotify", "1", "1", "1", "0");
    }

    @Test
    void frameworksPutSharedOnesFirstAndMarkUnconfirmedUse() {
        var d = (ChartData.Frameworks) builder.build(ChartKind.FRAMEWORKS, companies("spotify", "netflix"), null);
        // shared by both: NumPy, pandas (unconfirmed at Spotify) and TensorFlow
        assertThat(d.frameworks().subList(0, 3)).containsExactly("NumPy", "pandas", "TensorFlow");
        assertThat(d.users(0)).isEqualTo(2);
        int pandas = d.frameworks().indexOf("pandas");
        assertThat(d.uses()[0][pandas]).isEqualTo(ChartData.Use.UNCONFIRMED);
        assertThat(d.uses()[1][pandas]).isEqualTo(ChartData.Use.SOURCED);
        int twisted = d.frameworks().indexOf("Twisted");
        assertThat(d.uses()[0][twisted]).isEqualTo(ChartData.Use.SOURCED);
        assertThat(d.uses()[1][twisted]).isEqualTo(ChartData.Use.NONE);
        // Netflix names Jupyter, nteract and papermill in one fact: three frameworks
        assertThat(d.frameworks()).contains("Jupyter", "nteract", "papermill");
        assertThat(d.frameworks()).hasSize(10 + 11 + 2 - 3);
    }

    @Test
    void timelineHasFoundingAdoptionAndDatedFigures() {
        var d = (ChartData.Timeline) builder.build(ChartKind.TIMELINE, companies("spotify", "meta"), null);
        var spotify = d.rows().get(0);
        assertThat(spotify.founded()).isEqualTo(2006);
        assertThat(spotify.adoption()).isEqualTo(2013);
        assertThat(spotify.adoptionLabel()).isEqualTo("Python by 2013");
        assertThat(spotify.milestones()).extracting(ChartData.Milestone::year).containsOnly(2013);
        var meta = d.rows().get(1);
        assertThat(meta.founded()).isEqualTo(2004);
        assertThat(meta.adoption()).isNull();
        assertThat(d.firstYear()).isEqualTo(2004);
        assertThat(d.lastYear()).isEqualTo(2022);
    }

    @Test
    void figuresCompareSharesAndNameWhoDoesNotReport() {
        var d = (ChartData.Figures) builder.build(ChartKind.FIGURES, companies("spotify", "meta", "lyft", "netflix"),
                null);
        assertThat(d.metric()).isEqualTo(ChartDataBuilder.SHARE_METRICS);
        assertThat(d.unit()).isEqualTo("%");
        assertThat(d.bars()).extracting(b -> b.company().id() + " " + b.value() + " " + b.asOf())
                .containsExactly("spotify 80.0 2013", "meta 21.0 2016-05", "lyft 60.0 2024-03");
        assertThat(d.notReported()).extracting(ChartCompany::id).containsExactly("netflix");
        assertThat(d.table()).contains(List.of("Netflix", "share-in-python", "not reported", "%", "", "", ""));

        var lines = (ChartData.Figures) builder.build(ChartKind.FIGURES, companies("spotify", "jpmorgan-chase"),
                "lines-of-python");
        assertThat(lines.bars()).singleElement().satisfies(b -> {
            assertThat(b.company().id()).isEqualTo("jpmorgan-chase");
            assertThat(b.value()).isEqualTo(35_000_000);
            assertThat(b.asOf()).isEqualTo("2017");
        });
        assertThat(lines.notReported()).extracting(ChartCompany::id).containsExactly("spotify");
    }

    @Test
    void evidenceSplitsEveryFactByKind() {
        var d = (ChartData.Evidence) builder.build(ChartKind.EVIDENCE, companies("spotify", "instagram", "meta"),
                null);
        assertThat(d.kinds()).containsExactly("Primary", "Secondary", "Unconfirmed");
        assertThat(d.counts()[0]).containsExactly(27, 3, 4);
        assertThat(d.counts()[1]).containsExactly(26, 8, 4);
        assertThat(d.counts()[2]).containsExactly(18, 10, 3);
        for (int c = 0; c < 3; c++) {
            int total = d.counts()[c][0] + d.counts()[c][1] + d.counts()[c][2];
            String id = d.companies().get(c).id();
            assertThat(total).isEqualTo(bundled.index().company(id).orElseThrow().company().factCount());
        }
    }

    @Test
    void landscapeCoversTheWholeDataset() {
        var d = (ChartData.Landscape) builder.build(ChartKind.LANDSCAPE, List.of(), null);
        assertThat(d.companyCount()).isEqualTo(26);
        assertThat(d.frameworks()).hasSize(ChartDataBuilder.LANDSCAPE_FRAMEWORKS);
        assertThat(d.frameworks().get(0)).isEqualTo(new ChartData.Bar("Django", 6));
        assertThat(d.useCases().get(0)).isEqualTo(new ChartData.Bar("Web backend", 16));
        assertThat(d.useCases()).hasSize(10);
    }

    @Test
    void footnoteNamesDatasetDateAndSources() {
        ChartData d = builder.build(ChartKind.USE_CASES, companies("spotify"), null);
        assertThat(builder.footnote(d)).isEqualTo("Source: Python at 26 technology companies 1.0.0, as of 2026-11-22; "
                + d.sourceIds().size() + " sources");
        assertThat(d.sourceIds()).containsExactlyInAnyOrder("atspotify-how-we-use-python-at-spotify",
                "github-spotify-python-graphwalker");
    }
}
