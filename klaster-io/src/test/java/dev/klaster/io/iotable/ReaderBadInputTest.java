package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReaderBadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void plainTableReproducesMillerBlair() throws IOException {
        Path z = write("z.csv", "code,1,2\n1,150,500\n2,200,100\n");
        Path v = write("v.csv", "code,output,final_demand,value_added\n1,1000,350,650\n2,2000,1700,1400\n");
        IoTable t = PlainIoReader.read(z, v);
        // Miller & Blair 2009 eq. 2.13, 6 decimals
        assertThat(LeontiefModel.of(t).leontiefInverse()[0][1]).isCloseTo(0.330033, within(1e-6));
        assertThat(t.balance(1e-12).balanced()).isTrue();
    }

    @Test
    void nonSquareMissingNegative() throws IOException {
        Path v = write("v.csv", "code,output\n1,1000\n2,2000\n");
        assertThatThrownBy(() -> PlainIoReader.read(write("a.csv", "code,1,2\n1,150,500\n"), v))
                .isInstanceOf(InputDataException.class).hasMessageContaining("not square");
        assertThatThrownBy(() -> PlainIoReader.read(write("b.csv", "code,1,2\n1,150,500\n2,200\n"), v))
                .isInstanceOf(InputDataException.class).hasMessageContaining("b.csv").hasMessageContaining("line 3")
                .hasMessageContaining("not square");
        assertThatThrownBy(() -> PlainIoReader.read(write("c.csv", "code,1,2\n1,150,NA\n2,200,100\n"), v))
                .isInstanceOf(InputDataException.class).hasMessageContaining("line 2")
                .hasMessageContaining("missing intermediate transaction");
        assertThatThrownBy(() -> PlainIoReader.read(write("d.csv", "code,1,2\n1,150,-5\n2,200,100\n"), v))
                .isInstanceOf(InputDataException.class).hasMessageContaining("-5")
                .hasMessageContaining("negative intermediate transaction");
        assertThatThrownBy(() -> PlainIoReader.read(write("e.csv", "code,1,2\n2,150,5\n1,200,100\n"), v))
                .isInstanceOf(InputDataException.class).hasMessageContaining("same order");
    }

    @Test
    void notProductiveTableNamesTheSector() throws IOException {
        Path z = write("z.csv", "code,A,B\nA,900,10\nB,200,10\n");
        Path v = write("v.csv", "code,output\nA,1000\nB,100\n");
        IoTable t = PlainIoReader.read(z, v);
        assertThatThrownBy(() -> LeontiefModel.of(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sector A is not productive");
    }

    @Test
    void bpsWithoutTotalIntermediateColumn() throws IOException {
        Path f = write("bps.csv", "row_code,row_label,1,2\n1,a,1,2\n2,b,3,4\n");
        assertThatThrownBy(() -> BpsIoReader.read(f)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("required column '1800'");
    }
}
