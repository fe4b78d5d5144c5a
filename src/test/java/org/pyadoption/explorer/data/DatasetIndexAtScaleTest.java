package org.pyadoption.explorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.data.synthetic.SyntheticDataset;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Provenance;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The index and the loader's sharing of repeated values, checked against plain computations on a generated file. */
class DatasetIndexAtScaleTest {

    static LoadedDataset loaded;

    @BeforeAll
    static void load() throws Exception {
        byte[] bytes = SyntheticDataset.bytes(1_500, 11);
        loaded = new DatasetLoader(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC), 20,
                LoadLimits.defaults()).load("synthetic", () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void eachCompanyIsIndexedAsItsFactsSay() {
        List<Company> companies = loaded.dataset().companies();
        List<IndexedCompany> indexed = loaded.index().companies();
        assertThat(indexed).hasSameSizeAs(companies);
        for (int i = 0; i < companies.size(); i++) {
            Company c = companies.get(i);
            IndexedCompany ic = indexed.get(i);
            assertThat(ic.company()).isSameAs(c);
            assertThat(ic.sourcedFactCount()).isEqualTo(c.verifiedFactCount());
            Set<String> frameworks = new LinkedHashSet<>();
            for (FrameworkFact f : c.frameworks()) {
                frameworks.addAll(f.frameworkIds());
            }
            assertThat(ic.frameworkIds()).containsExactlyElementsOf(frameworks);
            assertThat(ic.searchKey()).startsWith(c.name().toLowerCase() + "\n");
        }
    }

    @Test
    void companiesCitingASourceAreListedOnceInFileOrder() {
        List<Company> companies = loaded.dataset().companies();
        String first = companies.get(0).facts().get(0).provenance().sourceIds().get(0);
        String last = companies.get(companies.size() - 1).frameworks().isEmpty() ? "founding-documents"
                : companies.get(companies.size() - 1).frameworks().get(0).provenance().sourceIds().get(0);
        for (String source : List.of(first, last, "general-knowledge")) {
            List<IndexedCompany> expected = new ArrayList<>();
            for (IndexedCompany ic : loaded.index().companies()) {
                if (ic.company().facts().stream().anyMatch(f -> f.provenance().sourceIds().contains(source))) {
                    expected.add(ic);
                }
            }
            assertThat(loaded.index().citing(source)).isNotEmpty().containsExactlyElementsOf(expected);
        }
    }

    @Test
    void repeatedSourceIdsAndPlainProvenancesAreHeldOnce() {
        Set<String> idInstances = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> ids = new java.util.HashSet<>();
        Set<Provenance> provenanceInstances = Collections.newSetFromMap(new IdentityHashMap<>());
        int facts = 0;
        for (Company c : loaded.dataset().companies()) {
            for (Fact f : c.facts()) {
                facts++;
                provenanceInstances.add(f.provenance());
                idInstances.addAll(f.provenance().sourceIds());
                ids.addAll(f.provenance().sourceIds());
            }
        }
        assertThat(idInstances).hasSameSizeAs(ids);
        assertThat(provenanceInstances.size()).isLessThan(facts * 2 / 3);
    }
}
