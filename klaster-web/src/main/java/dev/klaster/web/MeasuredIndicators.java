package dev.klaster.web;

import dev.klaster.core.table.Table;
import dev.klaster.report.AnalysisPipeline;
import dev.klaster.report.Lang;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.Kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KPI bound to a measured indicator of an analysed dataset, shown beside the entered values. The KPI's
 * {@code indicatorKey} is {@code ds.<dataset>.<indicator>} (the dataset id with '-' written as '_', which dataset ids
 * never contain) with indicator {@code size} (the cluster's size measure, employment when the data have it) or
 * {@code lq} (its location quotient). The value is read from the analysis's cluster-strength table (computed by the
 * core, last year of the data) for the initiative's cluster in each of its regions, combined across regions by the
 * KPI's own aggregation (SUM, MEAN, MAX, LAST). The analysis is the dataset's default scope; it runs as a background
 * job when not cached, and the page says so until it is done. Cluster names are in the language of the page the
 * initiative was started from, so the Indonesian analysis is read first and the English one when the name is not
 * found there. Nothing is stored: it is read again on every view,
 * so a newer upload of the dataset shows at once (refreshing stored observations is not done).
 */
final class MeasuredIndicators {
    private static final Pattern KEY = Pattern.compile("ds\\.([a-z0-9_]{1,64})\\.(size|lq)");

    /** What was measured: the value (NaN when not available), places found, the table column, year, a note. */
    record Measured(double value, int places, String column, Integer year, String dataset, String state) {
    }

    private MeasuredIndicators() {
    }

    static String key(String dataset, String indicator) {
        return "ds." + dataset.replace('-', '_') + "." + indicator;
    }

    /**
     * The diagnosis-stage baseline of bound KPIs: the measured value when the analysis is done and found the cluster
     * in the initiative's regions, dated 31 December of the dataset's last year; nothing otherwise (e.g. while the
     * analysis still runs: the KPI keeps its baseline and can be given one by hand).
     */
    static dev.klaster.workspace.MeasuredBaseline baseline(KlasterServer server) {
        return (i, k) -> {
            Measured m = of(server, i, k);
            if (m == null || !m.state().equals("done") || m.year() == null || !Double.isFinite(m.value())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new dev.klaster.workspace.MeasuredBaseline.Value(
                    java.time.LocalDate.of(m.year(), 12, 31), m.value()));
        };
    }

    static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The measured value of a bound KPI, or null for an entered one. {@code state}: done, running, none, failed. */
    static Measured of(KlasterServer server, Initiative i, Kpi k) {
        if (k.indicatorKey() == null) {
            return null;
        }
        Matcher m = KEY.matcher(k.indicatorKey());
        if (!m.matches()) {
            return new Measured(Double.NaN, 0, null, null, null, "none");
        }
        Measured id = of(server, i, k, m, Lang.ID);
        if (id.state().equals("done") || id.state().equals("failed")) {
            return id;
        }
        Measured en = of(server, i, k, m, Lang.EN);
        if (en.state().equals("done") || !id.state().equals("running")) {
            return en;
        }
        return id; // running, and not found in English
    }

    private static Measured of(KlasterServer server, Initiative i, Kpi k, Matcher m, Lang lang) {
        String dataset = m.group(1).replace('_', '-');
        Analyses.Job j;
        try {
            j = server.analyses().request(new Analyses.Key(dataset, null, lang));
        } catch (RuntimeException e) {
            return new Measured(Double.NaN, 0, null, null, dataset, "failed"); // the dataset was deleted
        }
        if (j.state() == Analyses.State.FAILED) {
            return new Measured(Double.NaN, 0, null, null, dataset, "failed");
        }
        if (j.state() != Analyses.State.DONE) {
            return new Measured(Double.NaN, 0, null, null, dataset, "running");
        }
        AnalysisPipeline.Result res = j.result();
        if (res.clusters() == null) {
            return new Measured(Double.NaN, 0, null, null, dataset, "none");
        }
        Table st = res.clusters().strengthTable();
        // the size measure's column follows region, region_name and cluster (ClusterReport.strengthTable)
        String column = m.group(2).equals("lq") ? "lq" : st.columns().get(3).name();
        int cv = st.columnIndex(column);
        int cr = st.columnIndex("region");
        int cc = st.columnIndex("cluster");
        List<Double> values = new ArrayList<>();
        for (String region : i.regionCodes()) {
            for (int r = 0; r < st.rowCount(); r++) {
                if (st.text(r, cc).equals(i.clusterName()) && st.text(r, cr).equals(region)) {
                    values.add(st.number(r, cv));
                }
            }
        }
        List<Integer> years = res.model().years();
        Integer year = years.isEmpty() ? null : years.get(years.size() - 1);
        if (values.isEmpty()) {
            return new Measured(Double.NaN, 0, column, year, dataset, "none");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new Measured(k.aggregation().apply(v), v.length, column, year, dataset, "done");
    }
}
