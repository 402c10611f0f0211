package dev.klaster.core.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {
    @Test
    void undefinedCountCountsNaNInNumberColumnsOnly() {
        // by hand: two NaN number cells (rows 1 and 2); the text column is never counted
        Table t = Table.builder("t").text("region").number("a").number("b")
                .row("NaN", 1.0, Double.NaN)
                .row("r2", Double.NaN, 2.0)
                .row("r3", 3.0, 4.0)
                .build();
        assertThat(t.undefinedCount()).isEqualTo(2);
        assertThat(Table.builder("e").text("k").number("v").row("x", 0.0).build().undefinedCount()).isZero();
    }
}
