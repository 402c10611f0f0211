package dev.klaster.report;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;

import java.util.List;

/**
 * Fixture tables in the shapes the measures, input-output and cluster modules will hand to the report. The numbers
 * are invented for rendering tests (they are not results of any method) and are labelled so in the table notes.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Table shiftShare() {
        return Table.builder("shift_share_fixture").text("region").number("national_share").number("industry_mix")
                .number("regional_shift").number("total")
                .row("Jawa Barat", 120.0, 15.5, -22.0, 113.5)
                .row("Jawa Timur", 110.0, 8.0, 12.0, 130.0)
                .row("Bali", 20.0, -6.0, -9.5, 4.5)
                .row("Kalimantan Timur", 40.0, -12.0, -35.0, -7.0)
                .row("Sulawesi Selatan", 35.0, 3.0, 9.0, 47.0)
                .row("Papua", 10.0, -2.0, 6.0, 14.0)
                .note("fixture: invented numbers for rendering tests")
                .build();
    }

    static Table waterfall() {
        return Table.builder("shift_share_jabar_fixture").text("component").number("value")
                .row("National share", 120.0).row("Industry mix", 15.5).row("Regional shift", -22.0).build();
    }

    static Table klassen() {
        Table.Builder b = Table.builder("klassen_fixture").text("sector").number("growth").number("share");
        String[] codes = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N", "O", "P", "Q", "R_U"};
        for (int k = 0; k < codes.length; k++) {
            b.row(codes[k], 2 + 0.4 * k - (k % 3), 1 + ((k * 7) % 17) * 0.8);
        }
        return b.row("X", Double.NaN, 3.0).build();
    }

    static Table keySectors() {
        Table.Builder b = Table.builder("linkages_fixture").text("sector").number("backward").number("forward");
        String[] codes = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N", "O", "P", "Q", "R_U"};
        for (int k = 0; k < codes.length; k++) {
            b.row(codes[k], 0.7 + 0.04 * k, 1.3 - 0.035 * ((k * 5) % 17));
        }
        return b.build();
    }

    static Table ioEdges() {
        Table.Builder b = Table.builder("io_links_fixture").text("from").text("to").number("flow");
        String[] codes = {"A", "B", "C", "D", "F", "G", "H", "I", "K"};
        for (int i = 0; i < codes.length; i++) {
            for (int j = 0; j < codes.length; j++) {
                if (i != j) {
                    b.row(codes[i], codes[j], ((i * 31 + j * 17) % 23) + 1.0);
                }
            }
        }
        return b.build();
    }

    static Table clusterRanking() {
        return Table.builder("cluster_strength_fixture").text("region").text("cluster").number("strength")
                .number("stars")
                .row("Jawa Barat", "Automotive", 0.82, 3).row("Kalimantan Timur", "Coal & energy", 0.77, 3)
                .row("Bali", "Tourism", 0.71, 2).row("Riau", "Palm oil processing", 0.55, 2)
                .row("Sulawesi Selatan", "Food processing", 0.41, 1).row("Papua", "Mining", 0.12, 0).build();
    }

    static Table portfolio() {
        return Table.builder("cluster_portfolio_fixture").text("cluster").number("dlq").number("lq")
                .number("employment").text("stage")
                .row("Automotive", 0.15, 2.1, 420000.0, "mature").row("Tourism", 0.35, 3.4, 380000.0, "growing")
                .row("Coal & energy", -0.4, 4.2, 90000.0, "declining").row("Digital", 0.25, 0.7, 60000.0, "embryo")
                .row("Textiles", -0.2, 1.4, 510000.0, "declining").row("Palm oil", 0.05, 1.8, 300000.0, "mature")
                .row("Fisheries", 0.1, 0.9, 150000.0, "embryo").build();
    }

    static Table stageHistory() {
        Table.Builder b = Table.builder("stage_history_fixture").text("cluster").number("year").text("stage");
        String[][] seq = {
            {"embryo", "embryo", "growing", "growing", "growing", "mature", "mature", "mature"},
            {"mature", "mature", "mature", "declining", "declining", "declining", "embryo", "embryo"},
            {"growing", "growing", "mature", "mature", "declining", "growing", "growing", "mature"}};
        String[] names = {"Tourism", "Coal & energy", "Automotive"};
        for (int c = 0; c < names.length; c++) {
            for (int y = 0; y < 8; y++) {
                b.row(names[c], 2016 + y, seq[c][y]);
            }
        }
        return b.build();
    }

    static Table roles() {
        return Table.builder("automotive_members_fixture").text("member").text("role").number("employment")
                .row("C29 Motor vehicles", "core", 180000.0).row("C22 Rubber & plastics", "supplier", 60000.0)
                .row("C24 Basic metals", "supplier", 40000.0).row("C27 Electrical equipment", "supplier", 35000.0)
                .row("G45 Motor vehicle trade", "buyer", 90000.0).row("H49 Land transport", "buyer", 70000.0)
                .row("C30 Other transport eq.", "related", 20000.0).row("K64 Financial services", "supporting", 30000.0)
                .row("M72 Research", "institution", 5000.0).row("N77 Rental & leasing", "supporting", 8000.0).build();
    }

    static Table radar() {
        String[] f = {"Specialisation", "R&D capacity", "Knowledge & skills", "HR development", "Networks",
            "Supplier proximity", "Capital", "Entrepreneurship", "Leadership"};
        Table.Builder b = Table.builder("rosenfeld_fixture").text("cluster").text("factor").number("score");
        String[] cl = {"Automotive (Jawa Barat)", "Tourism (Bali)", "Eastern Indonesia mean"};
        for (int c = 0; c < cl.length; c++) {
            for (int k = 0; k < f.length; k++) {
                b.row(cl[c], f[k], 1 + ((c * 3 + k * 2) % 5) * 0.9);
            }
        }
        return b.build();
    }

    static Table impact() {
        return Table.builder("impact_fixture").text("effect").number("jobs").number("value_added_bn_idr")
                .row("Direct", 12000.0, 3500.0).row("Indirect", 7400.0, 2100.0).row("Induced", 3900.0, 1200.0)
                .build();
    }

    /** The demo panel's report plus every chart kind from fixtures. */
    static ReportBuilder full(Lang lang) {
        Panel panel = DemoPanel.generate();
        ReportBuilder b = new ReportBuilder(lang, null);
        b.panelOverview(panel).addLocationQuotient(panel, Measure.VALUE_ADDED).addRegionMaps(panel, Measure.VALUE_ADDED);
        b.addShiftShare(null, shiftShare(), "region", List.of("national_share", "industry_mix", "regional_shift"),
                "total");
        b.addShiftShareWaterfall("Jawa Barat", waterfall(), "component", "value");
        b.addKlassen(null, klassen(), "sector", "growth", "share", 5.0, 7.0);
        b.addTable("clusters", "Cluster definitions", "", clusterRanking());
        b.addClusterRanking(null, clusterRanking(), "stars", 3);
        b.addClusterPortfolio(null, portfolio(), "cluster", "dlq", "lq", "employment", "stage");
        b.addStageHistory(null, stageHistory(), "cluster", "year", "stage");
        b.addMemberRoles(null, roles(), "member", "role", "employment");
        b.addKeySectors(null, keySectors(), "sector", "backward", "forward");
        b.addLinkNetwork(null, ioEdges(), "from", "to", "flow", 30);
        b.addRadar(null, radar(), "cluster", "factor", "score", 5);
        b.addBenchmark("Benchmark (fixture)", radar());
        b.addImpact(null, impact(), "effect", List.of("jobs", "value_added_bn_idr"));
        b.warning("fixture warning: 2 rows of the input were dropped (test)");
        return b;
    }
}
