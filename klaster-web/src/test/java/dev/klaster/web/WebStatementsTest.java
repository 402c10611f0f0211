package dev.klaster.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope statements on a page say what the analysis covers, without the command line's options. */
class WebStatementsTest {
    @Test
    void commandLineHintsAreLeftOutAndTheFactsKept() {
        List<String> in = List.of(
                "Cakupan analisis: 38 wilayah tingkat kabupaten/kota (aturan: tingkat terhalus yang lengkap — setiap "
                        + "wilayahnya punya data nilai tambah (PDRB) pada tahun terakhir (pilih lain dengan --level)).",
                "1 row(s) with source errors (sectors do not add up to the TOTAL) excluded from trends, growth and "
                        + "that year's measures (--on-error exclude): 6403 2018");
        List<String> out = Pages.webStatements(in);
        assertThat(out.get(0)).doesNotContain("--").endsWith("pada tahun terakhir).")
                .contains("38 wilayah tingkat kabupaten/kota");
        assertThat(out.get(1)).doesNotContain("--").endsWith("that year's measures: 6403 2018");
    }
}
