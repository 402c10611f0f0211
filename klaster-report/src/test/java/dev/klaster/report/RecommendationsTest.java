package dev.klaster.report;

import dev.klaster.core.lifecycle.Stage;
import dev.klaster.core.table.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The recommendation rule of docs/report.md ("The rule (stage × weakest factor → strategy)"), case by case, and the
 * recommendations of the demo checked against the result tables they come from.
 */
class RecommendationsTest {
    /** The nine Rosenfeld factors of the default framework (rosenfeld-default.json). */
    static final List<String> FACTORS = List.of("specialisation", "rd_capacity", "knowledge_skills", "hr_development",
            "cooperation", "supplier_proximity", "capital", "entrepreneurship", "leadership");

    /** The documented rule: the two markdown tables of docs/report.md, read as they are written. */
    static Map<String, String[]> documentedRule() throws IOException {
        Path doc = Path.of("..", "docs", "report.md");
        List<String> lines = Files.readAllLines(doc);
        Map<String, String[]> out = new HashMap<>();
        int k = lines.indexOf("| stage | weakest = cooperation or leadership | another weak factor | no weak factor |");
        assertThat(k).as("the rule table in %s", doc).isPositive();
        for (int i = k + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] c = cells(lines.get(i));
            out.put(c[0], new String[] {c[1], c[2], c[3]});
        }
        int g = lines.indexOf("| strategy | generic stage |");
        assertThat(g).as("the generic-stage table in %s", doc).isPositive();
        for (int i = g + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] c = cells(lines.get(i));
            out.put("stage of " + c[0], new String[] {c[1]});
        }
        return out;
    }

    private static String[] cells(String line) {
        String[] c = line.substring(1, line.length() - 1).split("\\|");
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].trim();
        }
        return c;
    }

    private static String words(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Test
    void everyStageAndWeakestFactorGivesTheDocumentedStrategy() throws IOException {
        Map<String, String[]> doc = documentedRule();
        assertThat(doc).containsKeys("embryo", "growing", "mature", "declining", "undefined");
        int cases = 0;
        for (Stage stage : Stage.values()) {
            String[] row = doc.get(stage.id());
            List<String> weakest = new ArrayList<>(FACTORS);
            weakest.add(null);
            for (String f : weakest) {
                String expected = f == null ? row[2] : f.equals("cooperation") || f.equals("leadership") ? row[0]
                        : row[1];
                Recommendations.Choice c = Recommendations.rule(stage, f);
                assertThat(words(c.strategy())).as("stage %s, weakest factor %s", stage.id(), f).isEqualTo(expected);
                assertThat(words(c.stage())).as("generic stage of %s", expected)
                        .isEqualTo(doc.get("stage of " + expected)[0]);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(5 * 10);
        // the rule table shown in the report is the rule itself, one row per stage
        Messages m = new Messages(Lang.EN);
        Table t = Recommendations.ruleTable(m);
        assertThat(t.rowCount()).isEqualTo(Stage.values().length);
        for (int r = 0; r < t.rowCount(); r++) {
            Stage s = Stage.values()[r];
            assertThat(t.text(r, 1)).isEqualTo(Recommendations.choiceText(Recommendations.rule(s, "leadership"), m));
            assertThat(t.text(r, 2)).isEqualTo(Recommendations.choiceText(Recommendations.rule(s, "capital"), m));
            assertThat(t.text(r, 3)).isEqualTo(Recommendations.choiceText(Recommendations.rule(s, null), m));
        }
    }

    @Test
    void percentileRankCountsTiesHalf() {
        // definition (mid-rank percentile): (number below + ½ number equal) / n
        double[] v = {1, 2, 2, 4};
        assertThat(Recommendations.percentileRank(v, 2)).isCloseTo((1 + 0.5 * 2) / 4.0, within(1e-15));
        assertThat(Recommendations.percentileRank(v, 0.5)).isZero();
        assertThat(Recommendations.percentileRank(v, 5)).isEqualTo(1.0);
    }

    /** Type 7 percentile (Hyndman & Fan 1996), written here independently of the core's Percentile. */
    private static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void demoRecommendationsFollowTheRuleOnTheResultTables() {
        for (Lang lang : Lang.values()) {
            AnalysisPipeline.Result r = ExecutiveSummaryTest.DEMO.computeIfAbsent(lang, ExecutiveSummaryTest::demo);
            Recommendations rec = r.recommendations();
            assertThat(rec.sectorGroups()).as("119 four-digit industries are not sections").isFalse();
            Table st = r.clusters().strengthTable();
            Table pf = r.clusters().portfolioTable();
            Table ct = r.clusters().competitivenessTable();
            Table roles = r.clusters().rolesTable();
            long strong = 0;
            for (int k = 0; k < st.rowCount(); k++) {
                strong += st.number(k, st.columnIndex("strong")) == 1 ? 1 : 0;
            }
            assertThat(rec.strongCount()).isEqualTo((int) strong).isPositive();
            assertThat(rec.items()).hasSize((int) strong);
            assertThat(rec.table().rowCount()).isEqualTo((int) strong);
            // tercile cut per factor over all scored regional clusters (docs/report.md)
            Map<String, double[]> scores = new HashMap<>();
            for (String f : FACTORS) {
                int c = ct.columnIndex(f);
                double[] v = new double[ct.rowCount()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = ct.number(k, c);
                }
                scores.put(f, Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray());
            }
            Set<String> strategies = new HashSet<>();
            for (Recommendations.Recommendation x : rec.items()) {
                int p = find(pf, x.region(), x.cluster());
                assertThat(x.stage().id()).as("stage of %s / %s (cluster_portfolio)", x.region(), x.cluster())
                        .isEqualTo(pf.text(p, pf.columnIndex("stage")));
                int u = find(ct, x.region(), x.cluster());
                String weakest = null;
                double lowest = Double.POSITIVE_INFINITY;
                for (String f : FACTORS) {
                    double s = ct.number(u, ct.columnIndex(f));
                    double[] all = scores.get(f);
                    if (Double.isNaN(s) || all.length == 0 || s > type7(all, 1.0 / 3)) {
                        continue;
                    }
                    double below = Arrays.stream(all).filter(v -> v < s).count();
                    double equal = Arrays.stream(all).filter(v -> v == s).count();
                    double rank = (below + 0.5 * equal) / all.length;
                    if (rank < lowest) {
                        lowest = rank;
                        weakest = f;
                    }
                }
                assertThat(x.weakest()).as("weakest factor of %s / %s", x.region(), x.cluster()).isEqualTo(weakest);
                assertThat(x.choice()).isEqualTo(Recommendations.rule(x.stage(), weakest));
                strategies.add(x.choice().strategy().id());
                // members by role: every role row of cluster_roles, in its group
                int n = 0;
                for (int k = 0; k < roles.rowCount(); k++) {
                    if (roles.text(k, 0).equals(x.region()) && roles.text(k, 1).equals(x.cluster())) {
                        String code = roles.text(k, 2);
                        String group = switch (roles.text(k, 3)) {
                            case "core" -> "core";
                            case "supplier" -> "suppliers";
                            case "buyer", "related" -> "buyers_related";
                            case "supporting" -> "supporting";
                            default -> "other_members";
                        };
                        assertThat(x.members().get(group)).extracting(Recommendations.Member::code).contains(code);
                        n++;
                    }
                }
                if (n > 0) {
                    assertThat(x.members().values().stream().mapToInt(List::size).sum()).isEqualTo(n);
                    assertThat(x.members().get("definition")).isEmpty();
                } else {
                    // no roles: the industries the definition puts in the cluster (cluster_definition)
                    Table def = r.clusters().definitionTable();
                    List<String> codes = new ArrayList<>();
                    for (int k = 0; k < def.rowCount(); k++) {
                        if (def.text(k, 1).equals(x.cluster())) {
                            codes.add(def.text(k, 0));
                        }
                    }
                    assertThat(x.members().get("definition")).extracting(Recommendations.Member::code)
                            .containsExactlyInAnyOrderElementsOf(codes);
                }
                // KPI baselines are the strength table's values (cluster_strength, same row)
                int s = find(st, x.region(), x.cluster());
                Map<String, Recommendations.Kpi> kpi = new HashMap<>();
                x.kpis().forEach(k -> kpi.put(k.id(), k));
                assertThat(kpi.get("lq").baseline()).isCloseTo(st.number(s, st.columnIndex("lq")), within(1e-12));
                assertThat(kpi.get("employment").baseline()).isEqualTo(st.number(s, st.columnIndex("employment")));
                assertThat(kpi.get("growth_per_year").baseline()).as("% per year = 100 × the table's fraction")
                        .isCloseTo(100 * st.number(s, st.columnIndex("growth_per_year")), within(1e-12));
                assertThat(kpi.get("investment").fromData()).as("investment is local knowledge").isFalse();
                // the stars earned, named with the values of the same row
                java.text.NumberFormat f2 = java.text.NumberFormat.getNumberInstance(lang.locale());
                f2.setMaximumFractionDigits(2);
                Messages m = new Messages(lang);
                String spec = m.format("rec.star.specialisation", f2.format(st.number(s, st.columnIndex("lq"))));
                if (st.number(s, st.columnIndex("star_specialisation")) == 1) {
                    assertThat(x.dataSupport()).contains(spec);
                } else {
                    assertThat(x.dataSupport()).doesNotContain(spec);
                }
                assertThat(x.localKnowledge()).as("survey factors without a survey are local knowledge")
                        .contains(lang == Lang.ID ? "Jaringan kerja sama dan modal sosial"
                                : "Cooperation networks and social capital");
            }
            assertThat(strategies).as("the demo's strong clusters are in more than one situation").hasSizeGreaterThan(1);
        }
    }

    private static int find(Table t, String region, String cluster) {
        for (int k = 0; k < t.rowCount(); k++) {
            if (t.text(k, t.columnIndex("region")).equals(region) && t.text(k, t.columnIndex("cluster")).equals(cluster)) {
                return k;
            }
        }
        throw new AssertionError("no row " + region + " / " + cluster + " in " + t.name());
    }
}
