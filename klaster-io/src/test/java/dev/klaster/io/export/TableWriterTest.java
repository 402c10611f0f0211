package dev.klaster.io.export;

import dev.klaster.core.table.Table;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableWriterTest {
    private static Table sample() {
        return Table.builder("lq").text("region").text("industry").number("lq")
                .row("Sulawesi Tengah", "A, B", 1.5)
                .row("Bali", "I", Double.NaN)
                .note("synthetic")
                .build();
    }

    @Test
    void csvHasBomQuotingAndEmptyNaN(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.csv");
        TableWriter.write(sample(), f);
        String s = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(s).isEqualTo("\uFEFFregion,industry,lq\r\nSulawesi Tengah,\"A, B\",1.5\r\nBali,I,\r\n");
    }

    @Test
    void xlsxRoundTrips(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.xlsx");
        TableWriter.write(sample(), f);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("lq");
            assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.5);
            assertThat(s.getRow(2).getCell(2)).isNull();
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("synthetic");
        }
    }

    @Test
    void failedWriteLeavesNoFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.csv");
        assertThatThrownBy(() -> TableWriter.atomically(f, out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (var list = Files.list(dir)) {
            assertThat(list).isEmpty();
        }
    }

    @Test
    void anInfiniteValueIsRefusedNamingItsCellAndNothingIsWritten(@TempDir Path dir) {
        Table t = Table.builder("growth").text("region").number("growth_pct")
                .row("1101", 2.5).row("1102", Double.POSITIVE_INFINITY).build();
        for (String name : new String[] {"g.csv", "g.xlsx"}) {
            assertThatThrownBy(() -> TableWriter.write(t, dir.resolve(name)))
                    .isInstanceOf(TableWriter.NonFiniteResultException.class)
                    .hasMessageContaining("table 'growth', column 'growth_pct', row 2: the value is Infinity");
            assertThat(dir.resolve(name)).doesNotExist();
        }
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void unknownExtensionIsRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> TableWriter.write(sample(), dir.resolve("x.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv or .xlsx");
    }

    @Test
    void writtenFilesGetTheNormalModeOfANewFile(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only");
        // reference: a file created plainly in the same folder gets 0666 minus this process's umask
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Path csv = dir.resolve("t.csv");
        Path xlsx = dir.resolve("t.xlsx");
        TableWriter.write(sample(), csv);
        TableWriter.write(sample(), xlsx);
        assertThat(Files.getPosixFilePermissions(csv)).as("csv mode, umask honoured (not createTempFile's 0600)")
                .isEqualTo(normal);
        assertThat(Files.getPosixFilePermissions(xlsx)).as("xlsx mode").isEqualTo(normal);
        assertThat(normal).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        // an existing target keeps its mode when it is rewritten
        Set<PosixFilePermission> groupWrite = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(csv, groupWrite);
        TableWriter.write(sample(), csv);
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(groupWrite);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("reference", "t.csv", "t.xlsx");
        }
    }
}
