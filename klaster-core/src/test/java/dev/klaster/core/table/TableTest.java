package dev.klaster.core.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aBuiltTableDoesNotChangeWhenItsBuilderGoesOn() {
        Table.Builder b = Table.builder("t").text("k").number("v");
        for (int i = 0; i < 100; i++) {
            b.row("r" + i, i);
        }
        Table first = b.build();
        b.row("more", 1e9);
        Table second = b.build();
        assertThat(first.rowCount()).isEqualTo(100);
        assertThat(first.number(99, 1)).isEqualTo(99.0);
        assertThat(second.rowCount()).isEqualTo(101);
        assertThat(second.text(100, 0)).isEqualTo("more");
        assertThatThrownBy(() -> first.get(100, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void cellsComeBackAsTheyWereGivenAndABadRowAddsNothing() {
        Table.Builder b = Table.builder("t").text("k").number("v").row("a", 1).row(null, null).row(7, 2.5f);
        assertThatThrownBy(() -> b.row("x", "not a number")).hasMessageContaining("'v'")
                .hasMessageContaining("not a number");
        Table t = b.build();
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.get(0, 1)).isEqualTo(1.0);
        assertThat(t.get(1, 0)).isEqualTo("");
        assertThat(t.number(1, 1)).isNaN();
        assertThat(t.text(2, 0)).isEqualTo("7");
        assertThat(t.number(2, 1)).isEqualTo(2.5);
        assertThatThrownBy(() -> t.number(0, 0)).isInstanceOf(ClassCastException.class);
        assertThat(Table.builder("empty").text("k").build().rowCount()).isZero();
    }
}
