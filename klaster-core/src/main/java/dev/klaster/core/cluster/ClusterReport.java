package dev.klaster.core.cluster;

import dev.klaster.core.competitiveness.Assessment;
import dev.klaster.core.lifecycle.Lifecycle;
import dev.klaster.core.lifecycle.Stage;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link ClusterAnalysis#run} found, with tidy tables for CSV/XLSX output. Arrays are indexed
 * {@code [region][cluster]} in the order of the panel's regions and the definition's clusters.
 */
public record ClusterReport(Panel panel, Measure sizeMeasure, ClusterDefinition definition,
                            RegionalClusters.Result regional, Map<String, List<Roles.Member>> roles,
                            Lifecycle.History[][] lifecycle, Lifecycle.PortfolioPoint[][] portfolio,
                            Assessment.Result competitiveness, List<Assessment.Benchmark> benchmark,
                            Impact.Contribution[][] contribution, List<Impact.Scenario> scenarios,
                            double growthPercent, List<String> notes) {

    private String region(int r) {
        return panel.regions().get(r).code();
    }

    private String regionName(int r) {
        return panel.regions().get(r).name();
    }

    private String cluster(int c) {
        return definition.clusterNames()[c];
    }

    private Table.Builder builder(String name) {
        Table.Builder b = Table.builder(name);
        notes.forEach(b::note);
        return b;
    }

    /** industry, cluster, method. */
    public Table definitionTable() {
        Table.Builder b = builder("cluster_definition").text("industry").text("cluster").text("method");
        for (int i = 0; i < definition.industryCodes().length; i++) {
            int c = definition.membership()[i];
            b.row(definition.industryCodes()[i], c < 0 ? "" : cluster(c), definition.method());
        }
        return b.build();
    }

    /** Per cluster internal vs external linkage, plus overall modularity and within/between ratio rows. */
    public Table linkageTable() {
        Table.Builder b = builder("cluster_linkage").text("cluster").text("measure").number("value");
        for (Validation.ClusterLinkage l : definition.validation().clusters()) {
            String c = cluster(l.cluster());
            b.row(c, "size", l.size()).row(c, "internal_sum", l.internalSum()).row(c, "external_sum", l.externalSum())
                    .row(c, "internal_mean", l.internalMean()).row(c, "external_mean", l.externalMean())
                    .row(c, "internal_external_ratio", l.ratio());
        }
        b.row("(all)", "modularity", definition.validation().modularity());
        b.row("(all)", "within_between_ratio", definition.validation().withinBetweenRatio());
        return b.build();
    }

    /**
     * Definition quality ({@link DefinitionQuality}): each score with its threshold and whether it passes, the
     * verdict in both languages, and whether the "clusters" are only sector groups (17 PDRB sections).
     */
    public Table qualityTable() {
        DefinitionQuality.Verdict v = definition.quality();
        Table.Builder b = builder("definition_quality").text("measure").number("value").number("threshold")
                .text("passes").text("keterangan").text("statement");
        b.row("modularity", v.modularity(), DefinitionQuality.MIN_MODULARITY,
                v.modularity() >= DefinitionQuality.MIN_MODULARITY ? "yes" : "no",
                "modularitas Newman (2004): ≥ 0,3 berarti struktur komunitas nyata",
                "Newman (2004) modularity: ≥ 0.3 means real community structure");
        b.row("within_between_ratio", v.withinBetween(), DefinitionQuality.MIN_WITHIN_BETWEEN,
                v.withinBetween() >= DefinitionQuality.MIN_WITHIN_BETWEEN ? "yes" : "no",
                "rata-rata keterkaitan dalam klaster / antar klaster", "mean relatedness within / between clusters");
        double failShare = v.clusters() == 0 ? Double.NaN : (double) v.failing() / v.clusters();
        b.row("share_failing_internal_external", failShare, DefinitionQuality.MAX_FAILING_SHARE,
                v.clusters() > 0 && failShare <= DefinitionQuality.MAX_FAILING_SHARE ? "yes" : "no",
                "bagian klaster (≥ 2 anggota) dengan rasio internal/eksternal ≤ 1",
                "share of clusters (≥ 2 members) with internal/external ratio ≤ 1");
        b.row("verdict", Double.NaN, Double.NaN, v.poor() ? "no" : "yes", v.statement("id"), v.statement("en"));
        if (definition.sectionLevel()) {
            b.row("section_level", Double.NaN, Double.NaN, "no",
                    "17 lapangan usaha PDRB: kelompok sektor, bukan klaster industri",
                    "17 PDRB sections: sector groups, not industrial clusters");
        }
        return b.build();
    }

    /** Regional cluster strength: size, LQ, share, growth, productivity, strong flag, stars. */
    public Table strengthTable() {
        Table.Builder b = builder("cluster_strength").text("region").text("region_name").text("cluster")
                .number(sizeMeasure.id()).number("lq").number("national_share").number("growth_per_year")
                .number("productivity").number("strong").number("stars").number("star_size")
                .number("star_specialisation").number("star_productivity").number("star_dynamism")
                .text("star_criteria").text("star_criteria_id");
        RegionalClusters.Result g = regional;
        for (int r = 0; r < g.size().length; r++) {
            for (int c = 0; c < definition.clusterCount(); c++) {
                int d = g.starDetail()[r][c];
                b.row(region(r), regionName(r), cluster(c), g.size()[r][c], g.lq()[r][c], g.nationalShare()[r][c],
                        g.growth()[r][c], g.productivity()[r][c], g.strong()[r][c] ? 1 : 0, g.stars()[r][c],
                        d & 1, (d >> 1) & 1, (d >> 2) & 1, (d >> 3) & 1, String.join("; ", g.criteria(r, c, "en")),
                        String.join("; ", g.criteria(r, c, "id")));
            }
        }
        return b.build();
    }

    /** "Region name / cluster name" for a key of {@link #roles()}. */
    public String rolesLabel(String key) {
        int hash = key.lastIndexOf('#');
        String reg = key.substring(0, hash);
        return panel.regions().byCode(reg).name() + " / " + cluster(Integer.parseInt(key.substring(hash + 1)));
    }

    /** Roles with evidence for every strong regional cluster. */
    public Table rolesTable() {
        Table.Builder b = builder("cluster_roles").text("region").text("cluster").text("industry").text("role")
                .number("in_cluster").number("lq").number("centrality").number("supply_share").number("buy_share")
                .number("input_similarity");
        roles.forEach((key, members) -> {
            int hash = key.lastIndexOf('#');
            String reg = key.substring(0, hash);
            String cl = cluster(Integer.parseInt(key.substring(hash + 1)));
            for (Roles.Member m : members) {
                b.row(reg, cl, m.code(), m.role().name().toLowerCase(java.util.Locale.ROOT), m.inCluster() ? 1 : 0,
                        m.lq(), m.centrality(), m.supplyShare(), m.buyShare(), m.inputSimilarity());
            }
        });
        return b.build();
    }

    /** Stage per regional cluster per year. */
    public Table lifecycleTable() {
        Table.Builder b = builder("cluster_lifecycle").text("region").text("cluster").text("year").text("stage")
                .number("lq_trend").number("growth").number("renewal").text("raw_stage");
        for (int r = 0; r < lifecycle.length; r++) {
            for (int c = 0; c < definition.clusterCount(); c++) {
                Lifecycle.History h = lifecycle[r][c];
                for (int y = 0; y < h.stages().length; y++) {
                    b.row(region(r), cluster(c), Integer.toString(panel.year(y)), h.stages()[y].id(), h.lqTrend()[y],
                            h.growth()[y], h.renewal()[y] ? 1 : 0, h.raw()[y].id());
                }
            }
        }
        return b.build();
    }

    /** Bubble chart data: LQ (y), ΔLQ (x), size (bubble), last stage. */
    public Table portfolioTable() {
        Table.Builder b = builder("cluster_portfolio").text("region").text("cluster").text("stage").number("lq")
                .number("delta_lq").number("size");
        for (int r = 0; r < portfolio.length; r++) {
            for (int c = 0; c < definition.clusterCount(); c++) {
                Lifecycle.PortfolioPoint p = portfolio[r][c];
                Stage[] s = lifecycle[r][c].stages();
                b.row(region(r), cluster(c), s[s.length - 1].id(), p.lq(), p.deltaLq(), p.size());
            }
        }
        return b.build();
    }

    /** Composite, coverage, rank and factor scores per regional cluster. */
    public Table competitivenessTable() {
        Table.Builder b = builder("cluster_competitiveness").text("region").text("cluster").number("composite")
                .number("coverage").number("rank");
        for (String f : competitiveness.factorIds()) {
            b.number(f);
        }
        for (int u = 0; u < competitiveness.units().size(); u++) {
            Object[] row = new Object[5 + competitiveness.factorIds().size()];
            row[0] = competitiveness.units().get(u).region();
            row[1] = competitiveness.units().get(u).cluster();
            row[2] = competitiveness.composite()[u];
            row[3] = competitiveness.coverage()[u];
            row[4] = competitiveness.rank()[u];
            for (int f = 0; f < competitiveness.factorIds().size(); f++) {
                row[5 + f] = competitiveness.factorScores()[u][f];
            }
            b.row(row);
        }
        return b.build();
    }

    /** Indicators that could not be scored, per unit, with the reason. */
    public Table missingTable() {
        Table.Builder b = builder("competitiveness_missing").text("region").text("cluster").text("factor")
                .text("indicator").text("reason");
        for (Assessment.Missing m : competitiveness.missing()) {
            b.row(m.unit().region(), m.unit().cluster(), m.factor(), m.indicator(), m.reason());
        }
        return b.build();
    }

    /** Group means of composite and factors (e.g. East vs West). */
    public Table benchmarkTable() {
        Table.Builder b = builder("competitiveness_benchmark").text("group").text("measure").number("value");
        for (Assessment.Benchmark g : benchmark) {
            b.row(g.group(), "units", g.units()).row(g.group(), "composite", g.composite());
            for (int f = 0; f < g.factors().length; f++) {
                b.row(g.group(), competitiveness.factorIds().get(f), g.factors()[f]);
            }
        }
        return b.build();
    }

    /**
     * GRDP share and growth contribution per regional cluster, and the growth scenario per cluster, with the unit
     * of every value: contributions are fractions; the scenario's value added and jobs are in the panel's units
     * ({@code Panel.unit}), national totals (see {@link Impact#basis}).
     */
    public Table impactTable() {
        Table.Builder b = builder("cluster_impact").text("region").text("cluster").text("measure").text("unit")
                .number("value");
        String fraction = "fraction";
        for (int r = 0; r < contribution.length; r++) {
            for (int c = 0; c < definition.clusterCount(); c++) {
                Impact.Contribution x = contribution[r][c];
                if (x != null) {
                    b.row(region(r), cluster(c), "grdp_share", fraction, x.share())
                            .row(region(r), cluster(c), "growth_contribution_points", "fraction of GRDP at start",
                                    x.growthContributionPoints())
                            .row(region(r), cluster(c), "share_of_growth", fraction, x.shareOfGrowth());
                }
            }
        }
        String vaUnit = "value added, panel units: " + panel.unit(Measure.VALUE_ADDED);
        String jobsUnit = "employment, panel units: " + panel.unit(Measure.EMPLOYMENT);
        for (int c = 0; c < scenarios.size(); c++) {
            Impact.Scenario s = scenarios.get(c);
            String where = "(national, +" + growthPercent + "% final demand)";
            b.row(where, cluster(c), "value_added_total", vaUnit, s.valueAdded())
                    .row(where, cluster(c), "value_added_direct", vaUnit, s.valueAddedDirect())
                    .row(where, cluster(c), "value_added_indirect", vaUnit, s.valueAddedIndirect())
                    .row(where, cluster(c), "jobs_total", jobsUnit, s.jobs())
                    .row(where, cluster(c), "jobs_direct", jobsUnit, s.jobsDirect())
                    .row(where, cluster(c), "jobs_indirect", jobsUnit, s.jobsIndirect());
        }
        return b.build();
    }

    /** All tables, in chain order. */
    public List<Table> tables() {
        List<Table> t = new ArrayList<>();
        t.add(definitionTable());
        t.add(linkageTable());
        t.add(qualityTable());
        t.add(strengthTable());
        t.add(rolesTable());
        t.add(lifecycleTable());
        t.add(portfolioTable());
        t.add(competitivenessTable());
        t.add(missingTable());
        t.add(benchmarkTable());
        t.add(impactTable());
        return t;
    }
}
