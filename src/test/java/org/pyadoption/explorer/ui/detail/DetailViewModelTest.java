package org.pyadoption.explorer.ui.detail;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.ui.testing.FakeDialogService;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.common.DialogService;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail pane's presentation model, with the bundled dataset and no FX toolkit. */
class DetailViewModelTest {

    private static LoadedDataset dataset;

    private ExplorerState state;
    private FakeDialogService dialogs;
    private DetailViewModel viewModel;

    @BeforeAll
    static void loadDataset() throws Exception {
        dataset = new DatasetLoader().loadBundled();
    }

    @BeforeEach
    void setUp() {
        state = new ExplorerState();
        state.setDataset(dataset);
        dialogs = new FakeDialogService();
        viewModel = new DetailViewModel(state, dialogs);
    }

    private CompanyProfile select(String id) {
        state.setSelectedCompany(dataset.index().company(id).orElseThrow());
        return viewModel.getProfile();
    }

    private static FactLine line(CompanyProfile p, String section, String startOfText) {
        return p.section(section).lines().stream().filter(l -> l.text().startsWith(startOfText)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + " line starting " + startOfText));
    }

    @Test
    void nothingSelectedIsTheEmptyState() {
        assertThat(viewModel.isEmpty()).isTrue();
        assertThat(viewModel.getProfile()).isNull();
        assertThat(viewModel.emptyMessage()).isEqualTo("Select a company to see how it uses Python");

        select("spotify");
        assertThat(viewModel.isEmpty()).isFalse();

        state.setSelectedCompany(null);
        assertThat(viewModel.isEmpty()).isTrue();
        assertThat(viewModel.getProfile()).isNull();
    }

    @Test
    void spotifyHeader() {
        CompanyProfile p = select("spotify");

        assertThat(p.name()).isEqualTo("Spotify");
        assertThat(p.industry().text()).isEqualTo("Music and audio streaming");
        assertThat(p.country().text()).isEqualTo("Sweden");
        assertThat(p.founded().text()).isEqualTo("2006");
        assertThat(p.adoptionLabel()).isEqualTo("by 2013");
        assertThat(p.adoption().text()).startsWith("Established by 2013");
        assertThat(p.industry().status()).isEqualTo(FactStatus.SOURCED);
        assertThat(p.headerNotes()).isEmpty();
        assertThat(p.useCases()).extracting(FactLine::text).contains("Web backend", "Machine learning");
    }

    @Test
    void unverifiedFrameworkIsUnconfirmedWithTheFoundingDocumentsReason() {
        FactLine pandas = line(select("spotify"), "frameworks", "Pandas");

        assertThat(pandas.status()).isEqualTo(FactStatus.UNCONFIRMED);
        assertThat(pandas.statusReason())
                .startsWith("A claim from the project's founding documents: no source confirmed it.")
                .contains("not found in any source read this session");
        assertThat(pandas.markers()).singleElement().satisfies(m -> {
            assertThat(m.hasLink()).isFalse();
            assertThat(m.kindLabel()).isEqualTo("Founding-document claim");
        });
        assertThat(pandas.note()).isNull();
    }

    @Test
    void generalKnowledgeHeaderFactsAreUnconfirmedAndGroupedInOneNote() {
        CompanyProfile meta = select("meta");

        assertThat(meta.industry().status()).isEqualTo(FactStatus.UNCONFIRMED);
        assertThat(meta.industry().statusReason()).startsWith("General knowledge: no source confirmed it.");
        assertThat(meta.headerNotes()).singleElement().satisfies(n -> {
            assertThat(n.fields()).isEqualTo("Industry, headquarters country and founding year");
            assertThat(n.status()).isEqualTo(FactStatus.UNCONFIRMED);
        });
    }

    @Test
    void weakFigureIsLowConfidenceWithTheResearchersNote() {
        FactLine f = line(select("instagram"), "figures", "Python 3 saved ~30% memory and ~12% CPU");

        assertThat(f.status()).isEqualTo(FactStatus.LOW_CONFIDENCE);
        assertThat(f.statusReason()).isEqualTo("Attendee blog prefaces this with 'If I remember correctly' - low confidence.");
        assertThat(f.markers()).singleElement().satisfies(m -> assertThat(m.hasLink()).isTrue());
    }

    @Test
    void foundingDocumentFigureIsUnconfirmed() {
        FactLine f = line(select("netflix"), "figures", "Fetch data at 10 Gbps");

        assertThat(f.status()).isEqualTo(FactStatus.UNCONFIRMED);
        assertThat(f.statusReason()).contains("founding documents");
    }

    @Test
    void figuresCarryTheirDate() {
        CompanyProfile p = select("spotify");
        FactLine services = line(p, "figures", "Around 80% of backend services");
        FactLine luigi = line(p, "figures", "Luigi runs thousands of tasks");

        assertThat(services.asOf()).isEqualTo("2013");
        assertThat(services.asOfLabel()).isEqualTo("as of 2013");
        assertThat(luigi.asOf()).isNull();
        assertThat(luigi.asOfLabel()).isEqualTo("date not given");
    }

    @Test
    void quotesAreInQuotationMarksWithTheirSpeaker() {
        FactLine q = select("spotify").section("quotes").lines().get(0);

        assertThat(q.text()).startsWith("\u201cSpeed is a big focus").endsWith("\u201d");
        assertThat(q.attribution()).startsWith("\u2014 Geoff van der Meer");
    }

    @Test
    void evidenceKindIsShownWhenItDiffersFromTheSourceKind() {
        CompanyProfile netflix = select("netflix");
        FactLine q = line(netflix, "quotes", "\u201cWe are proud to say");

        assertThat(q.evidenceLabel()).isEqualTo("Evidence: Secondary source");
        SourceEntry blog = netflix.sources().stream().filter(s -> s.sourceId().equals(q.markers().get(0).sourceId()))
                .findFirst().orElseThrow();
        assertThat(blog.readAt()).anyMatch(u -> u.contains("galleryofsoorya"));
        assertThat(line(netflix, "figures", "Fetch data").evidenceLabel()).isNull();
    }

    @Test
    void emptySectionsAreLeftOut() {
        CompanyProfile p = select("spotify");

        assertThat(p.sections()).extracting(ProfileSection::id)
                .containsExactly("frameworks", "openSource", "otherLanguages", "figures", "quotes", "notable");
        assertThat(p.section("alternatives")).isNull();
        assertThat(p.section("painPoints")).isNull();
    }

    @Test
    void markersAreNumberedByFirstCitationAndTheSourcesListHasEachCitedSourceOnce() {
        for (var company : dataset.index().companies()) {
            CompanyProfile p = select(company.id());
            Set<String> citedInOrder = new LinkedHashSet<>();
            List<SourceMarker> all = new ArrayList<>();
            for (FactLine f : allLines(p)) {
                for (SourceMarker m : f.markers()) {
                    citedInOrder.add(m.sourceId());
                    all.add(m);
                }
            }
            assertThat(all).as(company.id()).isNotEmpty();
            assertThat(all.get(0).number()).isEqualTo(1);
            for (SourceMarker m : all) {
                assertThat(m.number()).as(m.sourceId())
                        .isEqualTo(new ArrayList<>(citedInOrder).indexOf(m.sourceId()) + 1);
            }
            assertThat(p.sources()).extracting(SourceEntry::sourceId).containsExactlyElementsOf(citedInOrder);
            for (int i = 0; i < p.sources().size(); i++) {
                assertThat(p.sources().get(i).number()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void nothingUnverifiedIsShownAsSourced() {
        for (var company : dataset.index().companies()) {
            CompanyProfile p = select(company.id());
            for (FactLine f : allLines(p)) {
                if (f.status() == FactStatus.SOURCED) {
                    assertThat(f.markers()).as(f.text()).anyMatch(SourceMarker::hasLink);
                } else {
                    assertThat(f.statusReason()).as(f.text()).isNotBlank();
                }
            }
        }
    }

    @Test
    void markerTooltipNamesTheSourceAndItsKind() {
        SourceMarker m = select("spotify").adoption().markers().get(0);

        assertThat(m.number()).isGreaterThan(1);
        assertThat(m.tooltip()).contains(m.title()).contains("Primary source").contains(m.url());
        assertThat(m.url()).startsWith("https://");
    }

    @Test
    void openingAMarkerOpensOnlyHttpLinks() {
        CompanyProfile p = select("spotify");
        SourceMarker linked = p.industry().markers().get(0);
        SourceMarker pseudo = line(p, "frameworks", "Pandas").markers().get(0);

        viewModel.open(linked);
        viewModel.open(pseudo);
        viewModel.openLink("javascript:alert(1)");
        viewModel.openLink("file:///etc/passwd");

        assertThat(dialogs.links).containsExactly(linked.url());
    }

    @Test
    void controlCharactersAreStripped() {
        assertThat(PlainText.clean("a\u0000b\u0007c\nd\u202Ee\u2066f\tg")).isEqualTo("abc def g");
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void replacingTheDatasetKeepsTheSelectedCompanyProfile() throws Exception {
        select("spotify");
        state.setDataset(new DatasetLoader().loadBundled());

        assertThat(viewModel.getProfile()).isNotNull();
        assertThat(viewModel.getProfile().name()).isEqualTo("Spotify");
    }

    private static List<FactLine> allLines(CompanyProfile p) {
        List<FactLine> out = new ArrayList<>();
        for (FactLine f : new FactLine[] {p.industry(), p.country(), p.founded(), p.adoption()}) {
            if (f != null) {
                out.add(f);
            }
        }
        out.addAll(p.useCases());
        for (ProfileSection s : p.sections()) {
            out.addAll(s.lines());
        }
        return out;
    }
}
