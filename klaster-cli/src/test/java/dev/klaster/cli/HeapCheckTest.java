package dev.klaster.cli;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Panel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The up-front heap estimate against the measurements it was fitted to (HeapCheck's Javadoc, docs/ingestion.md
 * "Memory"): 1.0 M cells ran at 256 MB and failed at 128 MB; 2.0 M cells ran at 512 MB and failed at 384 MB.
 */
class HeapCheckTest {
    private static final long MB = 1L << 20;

    @Test
    void theEstimateSeparatesTheMeasuredRunsFromTheMeasuredFailures() {
        long oneMillion = 514L * 243 * 8;
        long twoMillion = 514L * 486 * 8;
        assertThat(HeapCheck.need(oneMillion)).isGreaterThan(128 * MB).isLessThan(256 * MB);
        assertThat(HeapCheck.need(twoMillion)).isGreaterThan(384 * MB).isLessThan(512 * MB);
    }

    @Test
    void aHeapBelowTheEstimateIsRefusedWithTheFigureToGive() {
        Panel demo = DemoPanel.generate();
        long need = HeapCheck.need(HeapCheck.cells(demo));
        assertThatThrownBy(() -> HeapCheck.require(demo, need - 1))
                .isInstanceOf(HeapCheck.TooSmall.class)
                .hasMessageContaining("cells) needs about")
                .hasMessageContaining("KLASTER_JAVA_OPTS=-Xmx1g")
                .hasMessageContaining("nothing was computed or written");
        assertThatCode(() -> HeapCheck.require(demo, need)).doesNotThrowAnyException();
    }

    @Test
    void theRefusalIsExitCodeFour() {
        var sw = new java.io.StringWriter();
        int code = Klaster.handle(new HeapCheck.TooSmall("error (out of memory): x"), new java.io.PrintWriter(sw));
        assertThat(code).isEqualTo(Klaster.EXIT_INTERNAL);
        assertThat(sw.toString()).startsWith("error (out of memory)");
    }
}
