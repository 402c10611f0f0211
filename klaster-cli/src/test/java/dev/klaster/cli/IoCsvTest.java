package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IoCsvTest {
    @Test
    void headerAndQuotedLabelsWithCommasAreSkipped(@TempDir Path dir) throws Exception {
        // a label column with quoted commas (as in BPS sector names) must not shift the numbers
        Path f = dir.resolve("z.csv");
        Files.writeString(f, "\uFEFFsector,A,B\n\"Pertanian, Kehutanan\",1,2\n\"Pertambangan, Penggalian\",3,\n");
        assertThat(IoCsv.read(f)).isDeepEqualTo(new double[][] {{1, 2}, {3, 0}}); // empty cell = 0 (documented)
        Path plain = dir.resolve("p.csv");
        Files.writeString(plain, "1,2\n\n3,4\n");
        assertThat(IoCsv.read(plain)).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
    }

    @Test
    void badCellsNameTheirPhysicalLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("z.csv");
        Files.writeString(f, "1,2\n\n3,x\n");
        assertThatThrownBy(() -> IoCsv.read(f)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("line 3").hasMessageContaining("'x'").hasMessageContaining("not a number");
        Path g = dir.resolve("g.csv");
        Files.writeString(g, "1,2\n3,4,5\n");
        assertThatThrownBy(() -> IoCsv.read(g)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("must be square");
    }
}
