package dev.klaster.io.us;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The US validation (docs/us-validation.md) on the real files, with the figures measured by
 * {@link UsValidation#run} on 2026-12-02 as floors (each about 0.005–0.01 below the measured value, so a change that
 * makes the method land farther from the US Cluster Mapping fails). Sources: {@code
 * us-cbp-cbsa-naics-2019/cbp2019_cbsa_naics6.csv} and {@code cbp2019_cbsa_naics_all_levels.csv.gz} (US Census CBP
 * 2019), {@code us-cluster-mapping/naics2012_to_cmp_cluster_acr1.csv} and {@code cmp_related_clusters.csv} (Delgado,
 * Porter &amp; Stern 2016 definitions), {@code us-bea-io-summary-2017/Summary_Make_2017_BeforeRedef_17sch.csv} and
 * {@code Summary_Use_2017_PRO_BeforeRedef_17sch.csv} (BEA 2017 summary tables).
 */
class UsValidationTest {
    static UsValidation.Figures f;

    @BeforeAll
    static void run() {
        SharedData.require("us-cbp-cbsa-naics-2019/cbp2019_cbsa_naics6.csv");
        SharedData.require("us-cluster-mapping/naics2012_to_cmp_cluster_acr1.csv");
        SharedData.require("us-bea-io-summary-2017/Summary_Use_2017_PRO_BeforeRedef_17sch.csv");
        f = UsValidation.run(SharedData.root());
        System.out.println("US validation: " + f);
    }

    @Test
    void theDataAreWhatTheReadmeSays() {
        // README of us-cbp-cbsa-naics-2019: 933 CBSAs, 961 distinct 6-digit codes, 200,009 rows (published cells)
        assertThat(f.regions()).isEqualTo(933);
        assertThat(f.industries()).isEqualTo(961);
        assertThat(f.publishedCells()).isEqualTo(200_009);
        assertThat(f.pairs()).as("51 traded clusters → 51·50/2 pairs").isEqualTo(1275);
        assertThat(f.cmpAsymmetry()).as("cr_lc is symmetric up to the file's 7 decimals").isLessThan(1e-6);
    }

    @Test
    void tradedLocalRuleAgreesWithTheClusterMappingLabels() {
        // measured: 0.8763 of employment, 0.8868 of the 945 labelled industries, cut 0.3767
        assertThat(f.tradedLocalEmployment()).isGreaterThanOrEqualTo(0.87);
        assertThat(f.tradedLocalIndustries()).isGreaterThanOrEqualTo(0.88);
        assertThat(f.labelled()).isEqualTo(945);
        assertThat(f.giniCut()).as("the natural break lies inside the clamp, which does not bind")
                .isBetween(0.31, 0.54);
    }

    @Test
    void clustersOfTradedIndustriesAgainstTheFiftyOneCmpClusters() {
        // measured (652 industries): co-location γ = 2, 69 clusters: ARI 0.0852, best match 0.328;
        // IO γ = 2, 65 clusters: ARI 0.2446; combined γ = 2, 62 clusters: ARI 0.2385, best match 0.540
        assertThat(f.tradedClustered()).isEqualTo(652);
        UsValidation.Match co = f.match("colocation", true);
        UsValidation.Match io = f.match("io", true);
        UsValidation.Match comb = f.match("combined", true);
        assertThat(co.ari()).isGreaterThanOrEqualTo(0.08);
        assertThat(co.bestMatchShare()).isGreaterThanOrEqualTo(0.32);
        assertThat(io.ari()).isGreaterThanOrEqualTo(0.235);
        assertThat(comb.ari()).isGreaterThanOrEqualTo(0.23);
        assertThat(comb.bestMatchShare()).isGreaterThanOrEqualTo(0.53);
        assertThat(comb.ari()).as("the BEA IO links help: combined beats co-location alone").isGreaterThan(co.ari());
        assertThat(comb.clusters()).isBetween(40, 70);
    }

    @Test
    void coLocationRelatednessAgainstCmpCrLc() {
        // measured: censored-rank cluster co-location 0.6983, member-pair mean 0.9017; pairwise-complete Pearson
        // (missing cells left out) only 0.048 — it discards where an industry is absent or small
        assertThat(f.relatedness().get("cluster_lq_censored_rank")).isGreaterThanOrEqualTo(0.69);
        assertThat(f.relatedness().get("industry_mean_censored_rank")).isGreaterThanOrEqualTo(0.895);
        assertThat(f.relatedness().get("cluster_lq_pearson")).isLessThan(0.2);
    }
}
