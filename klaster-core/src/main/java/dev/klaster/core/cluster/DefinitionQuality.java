package dev.klaster.core.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Is a cluster definition good enough to be called clusters? Three documented thresholds on its
 * {@link Validation} scores; failing any one flags the definition as <b>poor</b> (shown in the terminal, the report
 * and the workbook, in both languages).
 *
 * <ul>
 *   <li><b>modularity</b> Q ≥ {@link #MIN_MODULARITY} = 0.3: Newman (2004, "Fast algorithm for detecting community
 *   structure in networks", Phys. Rev. E 69, 066133, DOI 10.1103/PhysRevE.69.066133) reports that networks with
 *   real community structure give Q of about 0.3 to 0.7;</li>
 *   <li><b>within/between ratio</b> ≥ {@link #MIN_WITHIN_BETWEEN} = 2 (our choice): pairs inside a cluster are at
 *   least twice as related, on average, as pairs in different clusters;</li>
 *   <li><b>internal/external test</b>: at most {@link #MAX_FAILING_SHARE} = 25 % (our choice) of the clusters with
 *   two or more members have internal mean linkage ≤ external mean linkage (ratio ≤ 1, the articles' test failed).</li>
 * </ul>
 * A score that is NaN (e.g. one cluster only, no links) cannot pass. Single-member clusters do not count in the
 * third test (their internal mean is undefined).
 */
public final class DefinitionQuality {
    /** Least modularity of a good definition (Newman 2004). */
    public static final double MIN_MODULARITY = 0.3;
    /** Least within/between relatedness ratio of a good definition. */
    public static final double MIN_WITHIN_BETWEEN = 2.0;
    /** Largest share of multi-member clusters allowed to fail the internal/external test. */
    public static final double MAX_FAILING_SHARE = 0.25;

    private DefinitionQuality() {
    }

    /**
     * The verdict.
     *
     * @param clusters multi-member clusters; {@code failing} of them with internal/external ratio ≤ 1 (or NaN)
     * @param reasonsId / reasonsEn one sentence per failed threshold
     */
    public record Verdict(boolean poor, double modularity, double withinBetween, int clusters, int failing,
                          List<String> reasonsId, List<String> reasonsEn) {
        /** One line in "id" or "en": "good: …" / "POOR: …". */
        public String statement(String lang) {
            boolean id = "id".equals(lang);
            String scores = String.format(id ? Locale.forLanguageTag("id") : Locale.ROOT,
                    id ? "modularitas %.3f (batas %.1f), rasio dalam/antar %.2f (batas %.0f), %d dari %d klaster gagal"
                            + " uji internal/eksternal (batas %.0f %%)"
                            : "modularity %.3f (threshold %.1f), within/between ratio %.2f (threshold %.0f), %d of %d "
                            + "clusters fail the internal/external test (allowed %.0f %%)",
                    modularity, MIN_MODULARITY, withinBetween, MIN_WITHIN_BETWEEN, failing, clusters,
                    100 * MAX_FAILING_SHARE);
            if (!poor) {
                return (id ? "Kualitas definisi baik: " : "Definition quality good: ") + scores;
            }
            return (id ? "DEFINISI LEMAH — kelompok ini belum layak disebut klaster: " : "POOR DEFINITION — these "
                    + "groups are not convincing clusters: ") + String.join("; ", id ? reasonsId : reasonsEn)
                    + (id ? " (batas: modularitas ≥ 0,3, rasio dalam/antar ≥ 2, paling banyak 25 % klaster gagal uji"
                    + " internal/eksternal)" : " (thresholds: modularity ≥ 0.3, within/between ratio ≥ 2, at most"
                    + " 25 % of clusters failing the internal/external test)");
        }
    }

    public static Verdict of(Validation.Result v) {
        List<String> id = new ArrayList<>();
        List<String> en = new ArrayList<>();
        double q = v.modularity();
        if (!(q >= MIN_MODULARITY)) {
            id.add(String.format(Locale.forLanguageTag("id"), "modularitas %.3f di bawah %.1f", q, MIN_MODULARITY));
            en.add(String.format(Locale.ROOT, "modularity %.3f below %.1f", q, MIN_MODULARITY));
        }
        double wb = v.withinBetweenRatio();
        if (!(wb >= MIN_WITHIN_BETWEEN)) {
            id.add(String.format(Locale.forLanguageTag("id"), "rasio dalam/antar %.2f di bawah %.0f", wb,
                    MIN_WITHIN_BETWEEN));
            en.add(String.format(Locale.ROOT, "within/between ratio %.2f below %.0f", wb, MIN_WITHIN_BETWEEN));
        }
        int clusters = 0;
        int failing = 0;
        for (Validation.ClusterLinkage l : v.clusters()) {
            if (l.size() >= 2) {
                clusters++;
                if (!(l.ratio() > 1)) {
                    failing++;
                }
            }
        }
        if (clusters == 0 || failing > MAX_FAILING_SHARE * clusters) {
            id.add(clusters == 0 ? "tidak ada klaster beranggota dua atau lebih"
                    : failing + " dari " + clusters + " klaster gagal uji internal/eksternal");
            en.add(clusters == 0 ? "no cluster has two or more members"
                    : failing + " of " + clusters + " clusters fail the internal/external test");
        }
        return new Verdict(!id.isEmpty(), q, wb, clusters, failing, List.copyOf(id), List.copyOf(en));
    }
}
