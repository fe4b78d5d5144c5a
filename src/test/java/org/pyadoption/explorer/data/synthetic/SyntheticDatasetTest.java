package org.pyadoption.explorer.data.synthetic;

import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadLimits;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDatasetTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        assertThat(sha256(SyntheticDataset.bytes(500, 7))).isEqualTo(sha256(SyntheticDataset.bytes(500, 7)));
        assertThat(sha256(SyntheticDataset.bytes(500, 8))).isNotEqualTo(sha256(SyntheticDataset.bytes(500, 7)));
    }

    @Test
    void aThousandCompaniesValidate() throws Exception {
        Dataset d = load(SyntheticDataset.bytes(1_000, SyntheticDataset.DEFAULT_SEED)).dataset();

        assertThat(d.companies()).hasSize(1_000);
        assertThat(d.companies().get(122).id()).isEqualTo("company-000123");
        assertThat(d.sources()).hasSize(2 + SyntheticDataset.sourceCount(1_000));
        assertThat(SyntheticDataset.sourceCount(1_000)).isBetween(2_000, 4_000);
    }

    @Test
    void tenThousandCompaniesLoadWithTheBundledDatasShape() throws Exception {
        LoadedDataset loaded = load(SyntheticDataset.bytes(10_000, SyntheticDataset.DEFAULT_SEED));
        Dataset d = loaded.dataset();

        assertThat(d.companies()).hasSize(10_000);
        assertThat(loaded.index().companies()).hasSize(10_000);
        assertThat(loaded.index().company("company-010000")).isPresent();
        double factsPerCompany = d.factCount() / 10_000.0;
        assertThat(factsPerCompany).isBetween(15.0, 20.0);
        long verified = d.companies().stream().mapToLong(Company::verifiedFactCount).sum();
        assertThat(verified / (double) d.factCount()).isBetween(0.78, 0.86);
        assertThat(loaded.index().usedFrameworkIds()).hasSizeGreaterThan(40);
    }

    private static LoadedDataset load(byte[] bytes) throws Exception {
        return new DatasetLoader(CLOCK, 20, LoadLimits.defaults())
                .load("synthetic.json", () -> new ByteArrayInputStream(bytes));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
