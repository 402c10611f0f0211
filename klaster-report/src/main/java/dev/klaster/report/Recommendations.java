package dev.klaster.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.lifecycle.Stage;
import dev.klaster.core.table.Table;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Recommendations per strong regional cluster (issue 10): the development strategy of the seed articles chosen by a
 * documented rule ({@link #rule}) from the cluster's life-cycle stage and its weakest Rosenfeld factor, its members by
 * role, and the KPIs to follow, each saying what the data support and what needs local knowledge.
 *
 * <p><b>The rule</b> (also in docs/report.md and in the report). The five strategies are those of the seed articles
 * (mobilisation, diagnosis, collaborative strategy, implementation, evaluation); each belongs to one of the four
 * generic stages of cluster development (initiation; framework and agenda; implementation; monitoring and
 * evaluation):
 * <table>
 *   <caption>stage × weakest factor → strategy</caption>
 *   <tr><th>stage</th><th>weakest = cooperation or leadership</th><th>another weak factor</th><th>no weak factor</th></tr>
 *   <tr><td>embryo</td><td>mobilisation</td><td>mobilisation</td><td>mobilisation</td></tr>
 *   <tr><td>growing</td><td>mobilisation</td><td>collaborative strategy</td><td>collaborative strategy</td></tr>
 *   <tr><td>mature</td><td>mobilisation</td><td>implementation</td><td>evaluation</td></tr>
 *   <tr><td>declining</td><td>mobilisation</td><td>diagnosis</td><td>diagnosis</td></tr>
 *   <tr><td>undefined</td><td>mobilisation</td><td>diagnosis</td><td>diagnosis</td></tr>
 * </table>
 * Generic stage of each strategy: mobilisation → initiation; diagnosis and collaborative strategy → framework and
 * agenda; implementation → implementation; evaluation → monitoring and evaluation. A factor is <i>weak</i> for a
 * regional cluster when its score is at or below the first tercile (Hyndman–Fan type 7) of that factor's scores over
 * all scored regional clusters; the <i>weakest</i> is the weak factor with the lowest percentile rank (share of
 * units scoring lower, ties counted half). Factors without a score (survey factors without a survey) are never weak:
 * they are listed as needing local knowledge. The weakest factor also sets the focus of the actions.
 */
public record Recommendations(boolean sectorGroups, boolean poorDefinition, int strongCount,
                              List<Recommendation> items, @JsonIgnore Table table, @JsonIgnore Table rules) {
    /** Regional clusters given a full recommendation in the page (all strong ones are in the workbook table). */
    public static final int MAX_SHOWN = 8;
    /** A factor at or below this percentile of its scores is weak. */
    public static final double WEAK_PERCENTILE = 1.0 / 3;
    /** Factors whose weakness calls for mobilisation first (trust and shared vision come before a joint strategy). */
    public static final List<String> SOCIAL_FACTORS = List.of("cooperation", "leadership");

    /** The development strategies of the seed articles, in their order. */
    public enum Strategy {
        MOBILISATION, DIAGNOSIS, COLLABORATIVE_STRATEGY, IMPLEMENTATION, EVALUATION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The four generic stages of cluster development (seed article 004). */
    public enum GenericStage {
        INITIATION, FRAMEWORK_AND_AGENDA, IMPLEMENTATION, MONITORING_AND_EVALUATION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The rule's answer: a strategy and its generic stage. */
    public record Choice(Strategy strategy, GenericStage stage) {
    }

    /** A factor's score (0–1, the core's normalised score) and its percentile rank among all scored units. */
    public record FactorScore(String factor, String name, double score, double percentile) {
    }

    /** A member industry of a regional cluster. */
    public record Member(String code, String name, double lq) {
    }

    /**
     * A KPI to follow: its baseline from the data (NaN when only local data can give it), the unit and where it comes
     * from (a result table, or the local source to ask).
     */
    public record Kpi(String id, String name, double baseline, String unit, String source) {
        public boolean fromData() {
            return !Double.isNaN(baseline);
        }
    }

    /**
     * The recommendation for one strong regional cluster; texts in the report's language.
     *
     * @param members       role group ({@link #ROLE_GROUPS}) → member industries, by LQ; without member roles (no IO
     *                      table) only "definition": the cluster's industries as defined
     * @param weak          weak factors, weakest first (may be empty)
     * @param unscored      names of the factors the data cannot score
     * @param action        what the strategy means here
     * @param focus         what the weakest factor calls for
     * @param dataSupport   what the data show (stage, stars, weak factors, roles)
     * @param localKnowledge what needs local knowledge or a survey
     */
    public record Recommendation(String region, String regionName, String cluster, int stars, String starCriteria,
                                 Stage stage, String lastYear, List<FactorScore> weak, List<String> unscored,
                                 Choice choice, String action, String focus, Map<String, List<Member>> members,
                                 List<Kpi> kpis, String dataSupport, String localKnowledge) {
        /** The weakest factor's id, or null. */
        public String weakest() {
            return weak.isEmpty() ? null : weak.get(0).factor();
        }
    }

    /** Role groups in display order; institutions to involve are always a matter of local knowledge. */
    public static final List<String> ROLE_GROUPS = List.of("core", "suppliers", "buyers_related", "supporting",
            "other_members", "definition");

    /** The documented rule: strategy and generic stage from the stage and the weakest factor (null: none weak). */
    public static Choice rule(Stage stage, String weakestFactor) {
        Strategy s;
        if (weakestFactor != null && SOCIAL_FACTORS.contains(weakestFactor)) {
            s = Strategy.MOBILISATION;
        } else {
            Stage st = stage == null ? Stage.UNDEFINED : stage;
            s = switch (st) {
                case EMBRYO -> Strategy.MOBILISATION;
                case GROWING -> Strategy.COLLABORATIVE_STRATEGY;
                case MATURE -> weakestFactor == null ? Strategy.EVALUATION : Strategy.IMPLEMENTATION;
                case DECLINING, UNDEFINED -> Strategy.DIAGNOSIS;
            };
        }
        return new Choice(s, stageOf(s));
    }

    /** The generic stage a strategy belongs to. */
    public static GenericStage stageOf(Strategy s) {
        return switch (s) {
            case MOBILISATION -> GenericStage.INITIATION;
            case DIAGNOSIS, COLLABORATIVE_STRATEGY -> GenericStage.FRAMEWORK_AND_AGENDA;
            case IMPLEMENTATION -> GenericStage.IMPLEMENTATION;
            case EVALUATION -> GenericStage.MONITORING_AND_EVALUATION;
        };
    }

    /** The stage of a life-cycle id of the core's tables ("embryo", ...), UNDEFINED when unknown. */
    static Stage stage(String id) {
        for (Stage s : Stage.values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return s;
            }
        }
        return Stage.UNDEFINED;
    }

    /**
     * Builds the recommendations from the cluster chain's result tables.
     *
     * @param cr            the cluster chain's result
     * @param factorNames   factor id → name in the report's language (framework order)
     * @param industryName  industry code → short name
     * @param m             report texts
     * @param labels        units of the report
     */
    static Recommendations of(ClusterReport cr, Map<String, String> factorNames, Function<String, String> industryName,
                              Messages m, ColumnLabels labels) {
        Table st = cr.strengthTable();
        Table pf = cr.portfolioTable();
        Table ct = cr.competitivenessTable();
        Table roles = cr.rolesTable();
        boolean groups = cr.definition().sectionLevel();
        boolean poor = cr.definition().quality().poor();
        int cReg = st.columnIndex("region");
        int cName = st.columnIndex("region_name");
        int cCl = st.columnIndex("cluster");
        int cStrong = st.columnIndex("strong");
        int cStars = st.columnIndex("stars");
        int cLq = st.columnIndex("lq");
        int cCrit = st.columnIndex(m.lang() == Lang.ID ? "star_criteria_id" : "star_criteria");
        List<Integer> strong = new ArrayList<>();
        for (int r = 0; r < st.rowCount(); r++) {
            if (st.number(r, cStrong) == 1) {
                strong.add(r);
            }
        }
        strong.sort(Comparator.comparingDouble((Integer r) -> -st.number(r, cStars))
                .thenComparingDouble(r -> -nanLow(st.number(r, cLq))));
        Map<String, Integer> stageRow = index(pf, "region", "cluster");
        Map<String, Integer> compRow = index(ct, "region", "cluster");
        String lastYear = cr.panel().yearCount() == 0 ? "" : Integer.toString(cr.panel().year(cr.panel().yearCount()
                - 1));
        // every factor's scores over all scored units: the tercile cut and the percentile ranks
        List<String> factors = new ArrayList<>(factorNames.keySet());
        Map<String, double[]> sorted = new HashMap<>();
        Map<String, Double> cut = new HashMap<>();
        for (String f : factors) {
            if (!hasColumn(ct, f)) {
                continue;
            }
            int c = ct.columnIndex(f);
            double[] v = new double[ct.rowCount()];
            for (int r = 0; r < v.length; r++) {
                v[r] = ct.number(r, c);
            }
            double[] s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (s.length > 0) {
                sorted.put(f, s);
                cut.put(f, dev.klaster.core.cluster.Percentile.of(s, WEAK_PERCENTILE));
            }
        }
        Map<String, List<Integer>> rolesOf = new HashMap<>();
        for (int k = 0; k < roles.rowCount(); k++) {
            rolesOf.computeIfAbsent(roles.text(k, 0) + "\u0000" + roles.text(k, 1), x -> new ArrayList<>()).add(k);
        }
        NumberFormat f2 = number(m.lang(), 2);
        List<Recommendation> items = new ArrayList<>();
        Table.Builder tb = Table.builder("recommendations").text("region").text("region_name").text("cluster")
                .number("stars").text("stage").text("weak_factors").text("strategy").text("generic_stage")
                .text("action").text("focus").text("core").text("suppliers").text("buyers_related").text("supporting")
                .text("other_members").text("definition_members").text("kpis").text("data_support")
                .text("local_knowledge");
        for (int r : strong) {
            String reg = st.text(r, cReg);
            String cl = st.text(r, cCl);
            String key = reg + "\u0000" + cl;
            Integer p = stageRow.get(key);
            Stage stage = p == null ? Stage.UNDEFINED : stage(pf.text(p, pf.columnIndex("stage")));
            // weak factors
            List<FactorScore> weak = new ArrayList<>();
            List<String> unscored = new ArrayList<>();
            Integer u = compRow.get(key);
            for (String f : factors) {
                double score = u == null || !hasColumn(ct, f) ? Double.NaN : ct.number(u, ct.columnIndex(f));
                if (Double.isNaN(score) || !sorted.containsKey(f)) {
                    unscored.add(factorNames.get(f));
                    continue;
                }
                if (score <= cut.get(f)) {
                    weak.add(new FactorScore(f, factorNames.get(f), score, percentileRank(sorted.get(f), score)));
                }
            }
            weak.sort(Comparator.comparingDouble(FactorScore::percentile));
            String weakest = weak.isEmpty() ? null : weak.get(0).factor();
            Choice choice = rule(stage, weakest);
            // members by role group
            Map<String, List<Member>> members = new LinkedHashMap<>();
            for (String g : ROLE_GROUPS) {
                members.put(g, new ArrayList<>());
            }
            for (int k : rolesOf.getOrDefault(key, List.of())) {
                String group = switch (roles.text(k, roles.columnIndex("role"))) {
                    case "core" -> "core";
                    case "supplier" -> "suppliers";
                    case "buyer", "related" -> "buyers_related";
                    case "supporting" -> "supporting";
                    default -> "other_members";
                };
                String code = roles.text(k, roles.columnIndex("industry"));
                members.get(group).add(new Member(code, industryName.apply(code),
                        roles.number(k, roles.columnIndex("lq"))));
            }
            if (!rolesOf.containsKey(key)) {
                // no roles (no IO table): the cluster's industries as the definition has them, without a role
                int c = java.util.Arrays.asList(cr.definition().clusterNames()).indexOf(cl);
                if (c >= 0) {
                    for (int i : cr.definition().members(c)) {
                        String code = cr.definition().industryCodes()[i];
                        members.get("definition").add(new Member(code, industryName.apply(code), Double.NaN));
                    }
                }
            }
            members.values().forEach(l -> l.sort(Comparator.comparingDouble((Member x) -> -nanLow(x.lq()))));
            List<Kpi> kpis = kpis(cr, st, r, m, labels);
            String stars = HtmlReport.stars(st.number(r, cStars), 4);
            String weakText = weak.isEmpty() ? m.get("rec.weak.none") : String.join(", ", weak.stream().map(w ->
                    m.format("rec.weak.item", w.name(), f2.format(w.score()), Math.round(100 * w.percentile())))
                    .toList());
            String stageName = stageName(stage, m);
            String earned = earnedStars(st, r, cr.sizeMeasure().id(), m);
            String dataSupport = m.format("rec.data", stageName.toLowerCase(m.lang().locale()), lastYear, stars,
                    earned, weakText, rolesOf.containsKey(key) ? m.get("rec.data.roles") : m.get("rec.data.noRoles"));
            String local = m.format("rec.local", unscored.isEmpty() ? "–" : String.join(", ", unscored));
            String action = m.get("rec.strategy." + choice.strategy().id() + ".action");
            String focus = m.get("rec.focus." + (weakest == null ? "none" : weakest));
            Recommendation rec = new Recommendation(reg, st.text(r, cName), cl, (int) Math.round(st.number(r, cStars)),
                    st.text(r, cCrit), stage, lastYear, List.copyOf(weak), List.copyOf(unscored), choice, action, focus,
                    members, List.copyOf(kpis), dataSupport, local);
            items.add(rec);
            List<String> kpiText = new ArrayList<>();
            for (Kpi k : kpis) {
                kpiText.add(k.name() + (k.fromData() ? " " + f2.format(k.baseline()) + " " + k.unit() : " ("
                        + k.source() + ")"));
            }
            tb.row(reg, st.text(r, cName), cl, st.number(r, cStars), stageName, weakText,
                    m.get("rec.strategy." + choice.strategy().id()), m.get("rec.stage." + choice.stage().id()), action,
                    focus, names(members.get("core")), names(members.get("suppliers")),
                    names(members.get("buyers_related")), names(members.get("supporting")),
                    names(members.get("other_members")), names(members.get("definition")), String.join("; ", kpiText),
                    dataSupport, local);
        }
        return new Recommendations(groups, poor, strong.size(), List.copyOf(items), tb.build(), ruleTable(m));
    }

    /**
     * The stars a regional cluster earned, by name, with the value behind each (strength table: star_* flags and
     * size, LQ, growth; the productivity star compares with the cluster elsewhere and is named only), in the report's
     * number format; "–" for none.
     */
    static String earnedStars(Table st, int r, String size, Messages m) {
        NumberFormat f2 = number(m.lang(), 2);
        NumberFormat f0 = number(m.lang(), 0);
        List<String> out = new ArrayList<>();
        Object[][] stars = {
            {"star_size", "rec.star.size", f0.format(st.number(r, st.columnIndex(size)))},
            {"star_specialisation", "rec.star.specialisation", f2.format(st.number(r, st.columnIndex("lq")))},
            {"star_productivity", "rec.star.productivity", ""},
            {"star_dynamism", "rec.star.dynamism", number(m.lang(), 1).format(100 * st.number(r,
                    st.columnIndex("growth_per_year")))}};
        for (Object[] x : stars) {
            if (st.number(r, st.columnIndex((String) x[0])) == 1) {
                out.add(m.format((String) x[1], x[2]));
            }
        }
        return out.isEmpty() ? "–" : String.join(", ", out);
    }

    /** The rule as a table in the report's language: one row per stage, one column per kind of weakest factor. */
    static Table ruleTable(Messages m) {
        Table.Builder b = Table.builder("recommendation_rule").text("stage").text("rule_social").text("rule_other")
                .text("rule_none");
        for (Stage s : Stage.values()) {
            b.row(stageName(s, m), choiceText(rule(s, SOCIAL_FACTORS.get(0)), m),
                    choiceText(rule(s, "specialisation"), m), choiceText(rule(s, null), m));
        }
        b.note(m.format("rec.rule.note", Math.round(100 * WEAK_PERCENTILE)));
        return b.build();
    }

    static String choiceText(Choice c, Messages m) {
        return m.get("rec.strategy." + c.strategy().id()) + " (" + m.get("rec.stage." + c.stage().id()) + ")";
    }

    static String stageName(Stage s, Messages m) {
        return s == Stage.UNDEFINED ? m.get("rec.stage.undefinedLifecycle") : m.get("stage." + s.id());
    }

    /** KPIs with the baselines of the strength table, then those only local data give (seed article 001's goals). */
    private static List<Kpi> kpis(ClusterReport cr, Table st, int r, Messages m, ColumnLabels labels) {
        List<Kpi> out = new ArrayList<>();
        String size = cr.sizeMeasure().id();
        String source = WorkbookReport.sheetName("cluster_strength", m);
        String perJob = labels.unitOf(ColumnLabels.Kind.VALUE_ADDED_PER_JOB);
        String sizeName = cr.sizeMeasure().label(m.lang().code());
        sizeName = sizeName.isEmpty() ? sizeName : sizeName.substring(0, 1).toUpperCase(m.lang().locale())
                + sizeName.substring(1);
        out.add(dataKpi(size, sizeName, st.number(r, st.columnIndex(size)),
                labels.unit(cr.sizeMeasure()), source, m));
        out.add(dataKpi("productivity", m.get("rec.kpi.productivity"), st.number(r, st.columnIndex("productivity")),
                perJob, source, m));
        out.add(dataKpi("lq", m.get("rec.kpi.lq"), st.number(r, st.columnIndex("lq")), m.get("unit.index"), source, m));
        out.add(dataKpi("growth_per_year", m.get("rec.kpi.growth"), 100 * st.number(r, st.columnIndex(
                "growth_per_year")), m.get("unit.pct_year"), source, m));
        for (String k : List.of("investment", "skills", "unemployment", "infrastructure", "environment")) {
            out.add(new Kpi(k, m.get("rec.kpi." + k), Double.NaN, "", m.get("rec.kpi." + k + ".source")));
        }
        return out;
    }

    private static Kpi dataKpi(String id, String name, double value, String unit, String source, Messages m) {
        return Double.isNaN(value) ? new Kpi(id, name, Double.NaN, "", m.get("rec.kpi.notInData"))
                : new Kpi(id, name, value, unit == null ? "" : unit, source);
    }

    private static String names(List<Member> ms) {
        return String.join("; ", ms.stream().map(Member::name).toList());
    }

    /** Share of values below {@code x}, ties counted half (values sorted ascending; binary search). */
    static double percentileRank(double[] sorted, double x) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int below = bound(sorted, x, false);
        int upTo = bound(sorted, x, true);
        return (below + 0.5 * (upTo - below)) / sorted.length;
    }

    /** Number of values {@code < x} (or {@code <= x} when {@code inclusive}) in an ascending array. */
    private static int bound(double[] sorted, double x, boolean inclusive) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x || inclusive && sorted[mid] == x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Map<String, Integer> index(Table t, String a, String b) {
        Map<String, Integer> out = new HashMap<>();
        int ca = t.columnIndex(a);
        int cb = t.columnIndex(b);
        for (int r = 0; r < t.rowCount(); r++) {
            out.putIfAbsent(t.text(r, ca) + "\u0000" + t.text(r, cb), r);
        }
        return out;
    }

    private static boolean hasColumn(Table t, String c) {
        return t.columns().stream().anyMatch(x -> x.name().equals(c));
    }

    static NumberFormat number(Lang lang, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f;
    }

    private static double nanLow(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
    }
}
