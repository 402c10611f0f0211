package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stakeholders: filters, CSV import (all or nothing) and the diversity check; on every backend. */
class StakeholdersTest {
    @TempDir
    Path tmp;

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void csvImportTakesEveryRowAndFiltersFindThem(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            String file = "\uFEFFnama,jenis,kbli,ukuran,kode_wilayah,lat,lon,sentra_ikm,berkomitmen\n"
                    + "CV Jati Ukir,core_firm,31091,micro,3320,-6.59,110.67,Sentra Mulyoharjo,ya\n"
                    + "\"PT Kayu, Tbk\",SUPPLIER,16101,large,3320,,,,tidak\n"
                    + "Politeknik Jepara,knowledge institution,85,,3320,,,,1\n";
            int n = ws.stakeholders().importCsv(w.member, w.a.id(), "anggota.csv", csv(file));
            assertThat(n).isEqualTo(3);
            Stakeholders st = ws.stakeholders();
            assertThat(st.list(w.viewer, w.a.id(), null)).extracting(Stakeholder::name)
                    .containsExactly("CV Jati Ukir", "PT Kayu, Tbk", "Politeknik Jepara");
            Stakeholder first = st.list(w.viewer, w.a.id(), new StakeholderFilter(StakeholderType.CORE_FIRM, null,
                    null, null, null)).get(0);
            assertThat(first.lat()).isEqualTo(-6.59);
            assertThat(first.sizeClass()).isEqualTo(SizeClass.MICRO);
            assertThat(first.sentraIkm()).isEqualTo("Sentra Mulyoharjo");
            assertThat(first.committed()).isTrue();
            assertThat(st.list(w.viewer, w.a.id(), new StakeholderFilter(null, null, true, null, null))).hasSize(2);
            assertThat(st.list(w.viewer, w.a.id(), new StakeholderFilter(null, null, null, "kayu", null)))
                    .extracting(Stakeholder::name).containsExactly("PT Kayu, Tbk");
            assertThat(st.list(w.viewer, w.a.id(), new StakeholderFilter(null, null, null, "%", null))).isEmpty();
            assertThat(st.list(w.viewer, w.a.id(), new StakeholderFilter(null, "3320", null, null, SizeClass.LARGE)))
                    .hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void aBadRowNamesFileLineColumnValueAndNothingIsImported(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            String file = "name,type,kbli,size_class,region_code,lat,lon,committed\n"
                    + "A,CORE_FIRM,31091,SMALL,3320,-6.5,110.6,true\n"
                    + "B,SUPPLIER,31091,SMALL,3320,-6.5,110.6,true\n"
                    + "C,MANUFACTURER,31091,SMALL,3320,-6.5,110.6,true\n";
            assertThatThrownBy(() -> ws.stakeholders().importCsv(w.member, w.a.id(), "anggota.csv", csv(file)))
                    .isInstanceOfSatisfying(CsvImportException.class, e -> {
                        assertThat(e.file()).isEqualTo("anggota.csv");
                        assertThat(e.line()).isEqualTo(4);
                        assertThat(e.column()).isEqualTo("type");
                        assertThat(e.value()).isEqualTo("MANUFACTURER");
                        assertThat(e.getMessage()).contains("anggota.csv", "line 4", "\"type\"", "MANUFACTURER",
                                "CORE_FIRM", "Nothing was imported");
                        assertThat(e.message(Messages.INDONESIAN)).contains("baris 4", "Tidak ada yang diimpor",
                                "bukan salah satu dari");
                    });
            assertThat(ws.stakeholders().list(w.admin, w.a.id(), null)).isEmpty();
            long audit = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'stakeholder'"));
            assertThat(audit).isZero();

            Map<String, String[]> cases = Map.of(
                    "name,type,lat,lon\nA,CORE_FIRM,\"-6,5\",110.6\n", new String[] {"2", "lat", "-6,5"},
                    "name,type,lat\nA,CORE_FIRM,-6.5\n", new String[] {"2", "lat", "-6.5/null"},
                    "name,type,kbli\nA,CORE_FIRM,3109x\n", new String[] {"2", "kbli", "3109x"},
                    "name,type\nA,CORE_FIRM\n,SUPPLIER\n", new String[] {"3", "name", ""},
                    "name,type,colour\nA,CORE_FIRM,red\n", new String[] {"1", "colour", "colour"},
                    "name,kbli\nA,31091\n", new String[] {"1", "type", ""},
                    "name,type,committed\nA,CORE_FIRM,maybe\n", new String[] {"2", "committed", "maybe"},
                    "name,type,lat,lon\nA,CORE_FIRM,95,110\n", new String[] {"2", "lat", "95"},
                    "name,type\nA,CORE_FIRM,extra\n", new String[] {"2", "-", "A,CORE_FIRM,extra"});
            for (Map.Entry<String, String[]> c : cases.entrySet()) {
                assertThatThrownBy(() -> ws.stakeholders().importCsv(w.member, w.a.id(), "f.csv", csv(c.getKey())))
                        .as(c.getKey())
                        .isInstanceOfSatisfying(CsvImportException.class, e -> {
                            assertThat(e.line()).as(c.getKey()).isEqualTo(Long.parseLong(c.getValue()[0]));
                            assertThat(e.column()).as(c.getKey()).isEqualTo(c.getValue()[1]);
                            assertThat(e.value()).as(c.getKey()).isEqualTo(c.getValue()[2]);
                        });
            }
            assertThatThrownBy(() -> ws.stakeholders().importCsv(w.member, w.a.id(), "empty.csv", csv("")))
                    .isInstanceOf(CsvImportException.class).hasMessageContaining("empty.csv");
            assertThatThrownBy(() -> ws.stakeholders().importCsv(w.viewer, w.a.id(), "f.csv",
                    csv("name,type\nA,CORE_FIRM\n"))).isInstanceOf(ForbiddenException.class);
            assertThat(ws.stakeholders().list(w.admin, w.a.id(), null)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void diversityCountsCommittedMembersByType(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            StringBuilder file = new StringBuilder("name,type,committed\n");
            for (int i = 0; i < 14; i++) {
                file.append("Core ").append(i).append(",CORE_FIRM,true\n");
            }
            file.append("Uncommitted supplier,SUPPLIER,false\n");
            ws.stakeholders().importCsv(w.member, w.a.id(), "f.csv", csv(file.toString()));
            // 14 committed core firms: below 15 and only one type (counts by construction of the file above)
            DiversityVerdict v = ws.stakeholders().diversity(w.viewer, w.a.id());
            assertThat(v.met()).isFalse();
            assertThat(v.committed()).isEqualTo(14);
            assertThat(v.distinctTypes()).isEqualTo(1);
            assertThat(v.byType()).containsExactlyEntriesOf(Map.of(StakeholderType.CORE_FIRM, 14));
            Stakeholder core15 = ws.stakeholders().create(w.member, w.a.id(),
                    TestDb.stakeholder("Core 14", StakeholderType.CORE_FIRM, true));
            DiversityVerdict oneType = ws.stakeholders().diversity(w.viewer, w.a.id());
            assertThat(oneType.committed()).isEqualTo(15);
            assertThat(oneType.met()).isFalse(); // 15 members but one type
            Stakeholder supplier = ws.stakeholders().list(w.member, w.a.id(),
                    new StakeholderFilter(StakeholderType.SUPPLIER, null, null, null, null)).get(0);
            ws.stakeholders().update(w.member, supplier.id(), supplier.version(), new StakeholderDraft(supplier.name(),
                    StakeholderType.SUPPLIER, null, null, null, null, null, null, true));
            DiversityVerdict met = ws.stakeholders().diversity(w.viewer, w.a.id());
            assertThat(met.met()).isTrue();
            assertThat(met.committed()).isEqualTo(16);
            assertThat(met.distinctTypes()).isEqualTo(2);
            // configurable policy; deleted members do not count
            assertThat(ws.stakeholders().diversity(w.viewer, w.a.id(), new DiversityPolicy(10, 3)).met()).isFalse();
            ws.stakeholders().delete(w.member, core15.id(), core15.version());
            assertThat(ws.stakeholders().diversity(w.viewer, w.a.id()).committed()).isEqualTo(15);
            assertThatThrownBy(() -> new DiversityPolicy(-1, 2)).isInstanceOf(ValidationException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void tenThousandStakeholdersImportInOneTransaction(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            StringBuilder file = new StringBuilder("name,type,region_code,committed\n");
            StakeholderType[] types = StakeholderType.values();
            for (int i = 0; i < 10_000; i++) {
                file.append("Firm ").append(i).append(',').append(types[i % types.length]).append(",33")
                        .append(i % 35).append(',').append(i % 2 == 0).append('\n');
            }
            long t0 = System.nanoTime();
            assertThat(ws.stakeholders().importCsv(w.member, w.a.id(), "big.csv", csv(file.toString())))
                    .isEqualTo(10_000);
            long t1 = System.nanoTime();
            List<Stakeholder> suppliers = ws.stakeholders().list(w.viewer, w.a.id(),
                    new StakeholderFilter(StakeholderType.SUPPLIER, null, true, null, null));
            long t2 = System.nanoTime();
            // types cycle with period 9 and committed with period 2: suppliers (i % 9 == 1) with even i,
            // i.e. i % 18 == 10: i = 10 + 18k <= 9999 for k = 0..554, so 555 rows
            assertThat(suppliers.size()).isEqualTo(555);
            System.out.printf("[klaster-workspace] %s: import of 10,000 stakeholders %.0f ms, filtered list %.0f ms%n",
                    backend, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void pagesCoverTheFilteredListOnceInNameOrderWithTheTotal(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            StringBuilder file = new StringBuilder("name,type,committed\n");
            for (int k = 25; k >= 1; k--) { // written in reverse: the pages sort by name
                file.append(String.format("Usaha %02d,%s,true%n", k, k % 2 == 0 ? "SUPPLIER" : "CORE_FIRM"));
            }
            ws.stakeholders().importCsv(w.member, w.a.id(), "p.csv", csv(file.toString()));
            Stakeholders st = ws.stakeholders();
            List<String> seen = new java.util.ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                Stakeholders.Page p = st.page(w.viewer, w.a.id(), null, 10, page);
                assertThat(p.total()).isEqualTo(25);
                p.items().forEach(x -> seen.add(x.name()));
            }
            assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted();
            assertThat(seen.get(20)).isEqualTo("Usaha 21");
            Stakeholders.Page suppliers = st.page(w.viewer, w.a.id(), new StakeholderFilter(StakeholderType.SUPPLIER,
                    null, null, null, null), 5, 3);
            assertThat(suppliers.total()).isEqualTo(12); // the even numbers 2..24
            assertThat(suppliers.items()).extracting(Stakeholder::name).containsExactly("Usaha 22", "Usaha 24");
            assertThat(st.page(w.viewer, w.a.id(), null, 10, 4).items()).isEmpty();
            assertThatThrownBy(() -> st.page(w.viewer, w.a.id(), null, 0, 1)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("limit");
            assertThatThrownBy(() -> st.page(w.outsider, w.a.id(), null, 10, 1)).isInstanceOf(ForbiddenException.class);
        }
    }
}
