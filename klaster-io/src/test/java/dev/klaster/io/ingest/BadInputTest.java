package dev.klaster.io.ingest;

import dev.klaster.core.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad input: exception type and the message naming file, line, column and value. */
class BadInputTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    void fails(IngestRequest req, String message) {
        assertThatThrownBy(() -> Ingest.run(req)).isInstanceOf(InputDataException.class).hasMessage(message);
    }

    @Test
    void unparsableNumber() throws IOException {
        Path f = write("t.csv", "region,industry,year,value\nr1,a,2020,1\nr1,b,2020,1.234,5\n");
        Path g = write("g.csv", "region,industry,year,value\nr1,a,2020,1\nr1,b,2020,12x\n");
        fails(IngestRequest.of(g), "g.csv, line 3, column 'value', value '12x': 1 unparsable number(s) (expected a "
                + "plain number with '.' as decimal separator; empty, NA or - for missing), first here");
        fails(IngestRequest.of(f), "t.csv, line 3, value 'r1,b,2020,1.234,5': expected 4 fields as in the header, "
                + "found 5 (a decimal comma or an unquoted comma in a name?)");
    }

    @Test
    void unparsableNumberInAWideFileNamesTheSectorColumn() throws IOException {
        Path f = write("w.csv", "year,region_code,region_name,A,B\n2020,1101,Simeulue,1,2\n2020,1102,Singkil,3,1,5\n");
        fails(IngestRequest.of(f), "w.csv, line 3, value '2020,1102,Singkil,3,1,5': expected 5 fields as in the "
                + "header, found 6 (a decimal comma or an unquoted comma in a name?)");
        Path g = write("g.csv", "year,region_code,region_name,A,B\n2020,1101,Simeulue,1,2\n2020,1102,Singkil,3,1.5.1\n");
        fails(IngestRequest.of(g), "g.csv, line 3, column 'B', value '1.5.1': 1 unparsable number(s) (expected a "
                + "plain number with '.' as decimal separator; empty, NA or - for missing), first here");
    }

    @Test
    void linesArePhysicalLinesEvenAfterBlankLinesAndMultiLineFields() throws IOException {
        // DuckDB skips the blank line and reads the quoted two-line name as one record; the message must still
        // name the line a text editor shows
        Path f = write("b.csv", "region,industry,year,value\nr1,a,2020,1\n\nr1,\"b\nc\",2020,1\nr1,d,2020,x\n");
        fails(IngestRequest.of(f), "b.csv, line 6, column 'value', value 'x': 1 unparsable number(s) (expected a "
                + "plain number with '.' as decimal separator; empty, NA or - for missing), first here");
        Path w = write("w.csv", "year,region_code,region_name,A,B\n\n2020,1101,Simeulue,1,2\n2020,1102,Singkil,3,y\n");
        fails(IngestRequest.of(w), "w.csv, line 4, column 'B', value 'y': 1 unparsable number(s) (expected a "
                + "plain number with '.' as decimal separator; empty, NA or - for missing), first here");
    }

    @Test
    void negativeEmployment() throws IOException {
        Path f = write("t.csv", "region,industry,year,value\nr1,a,2020,1\nr1,b,2020,-3\n");
        fails(IngestRequest.of(f), "t.csv, line 3, column 'value', value '-3': 1 negative value(s) of a measure that "
                + "cannot be negative (employment, establishments, wages, population), first here (measure employment)");
    }

    @Test
    void duplicateCell() throws IOException {
        Path f = write("t.csv", "region,industry,year,value\nr1,a,2020,1\nr1,b,2020,2\nr1,a,2020,3\n");
        fails(IngestRequest.of(f), "t.csv, line 4, column 'region', value 'r1': duplicate cell (region r1, industry a, "
                + "year 2020, employment), first given in t.csv line 2");
    }

    @Test
    void duplicateCellAcrossFiles() throws IOException {
        Path a = write("a.csv", "region,industry,year,value\nr1,a,2020,1\n");
        Path b = write("b.csv", "region,industry,year,value\nr2,a,2020,1\nr1,a,2020,5\n");
        fails(new IngestRequest(java.util.List.of(a, b), Layout.AUTO, null, null, null, null, null, 0.005),
                "b.csv, line 3, column 'region', value 'r1': duplicate cell (region r1, industry a, year 2020, "
                        + "employment), first given in a.csv line 2");
    }

    @Test
    void unknownRegionAndIndustryCode() throws IOException {
        Path f = write("t.csv", "region,industry,year,value\nr1,a,2020,1\nr9,a,2020,2\nr1,zz,2020,3\n");
        Path regions = write("regions.csv", "code,name,level,parent\nr1,Region one,regency,\n");
        Path inds = write("industries.csv", "code,name,parent,classification\na,A,,USER\n");
        fails(IngestRequest.of(f).withMetadata(regions, null),
                "t.csv, line 3, column 'region', value 'r9': unknown region code (not in regions.csv)");
        fails(IngestRequest.of(f).withMetadata(regions, inds).withLayout(Layout.TIDY),
                "t.csv, line 3, column 'region', value 'r9': unknown region code (not in regions.csv)");
        Path g = write("g.csv", "region,industry,year,value\nr1,a,2020,1\nr1,zz,2020,3\n");
        fails(IngestRequest.of(g).withMetadata(regions, inds),
                "g.csv, line 3, column 'industry', value 'zz': unknown industry code (not in industries.csv)");
    }

    @Test
    void semicolonSeparatedFilesAreRead() throws IOException {
        Path f = write("s.csv", "region;industry;year;value\nr1;a;2020;1.5\n");
        org.assertj.core.api.Assertions.assertThat(Ingest.run(IngestRequest.of(f)).panel().get(
                dev.klaster.core.model.Measure.EMPLOYMENT, 0, 0, 0)).isEqualTo(1.5);
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        fails(IngestRequest.of(write("e.csv", "")), "e.csv: empty file");
        fails(IngestRequest.of(write("h.csv", "region,industry,year,value\n")),
                "h.csv: no data rows (the file has a header only, or only empty cells)");
    }

    @Test
    void wrongOrMissingHeader() throws IOException {
        fails(IngestRequest.of(write("n.csv", "1101,A,2020,5\n1102,A,2020,6\n")),
                "n.csv, line 1, value '1101,A,2020,5': wrong header: no region column (expected region, "
                        + "region_code or KodeWilayah; header names are case-insensitive)");
        fails(IngestRequest.of(write("m.csv", "region,sector,value\nr1,a,5\n")),
                "m.csv, line 1, value 'region,sector,value': wrong header: tidy layout needs columns region, "
                        + "industry, year, value (optional measure); no year column");
        fails(IngestRequest.of(write("w.csv", "region_code,A,B\n1101,1,2\n")),
                "w.csv, line 1, value 'region_code,A,B': wrong header: no year (neither a year/tahun column nor "
                        + "columns named by 4-digit years)");
    }

    @Test
    void unknownYearFormat() throws IOException {
        fails(IngestRequest.of(write("t.csv", "region,industry,year,value\nr1,a,2020,1\nr1,a,FY20,2\n")),
                "t.csv, line 3, column 'year', value 'FY20': 1 row(s) with an unknown year format (expected a 4-digit "
                        + "year such as 2020), first here");
    }

    @Test
    void unknownMeasureMissingCodes() throws IOException {
        fails(IngestRequest.of(write("t.csv", "region,industry,year,measure,value\nr1,a,2020,emp,1\nr1,a,2020,gdpx,2\n")),
                "t.csv, line 3, column 'measure', value 'gdpx': unknown measure 'gdpx' (expected employment, "
                        + "value_added, output, establishments, wages or population)");
        fails(IngestRequest.of(write("r.csv", "region,industry,year,value\nr1,a,2020,1\n,a,2020,2\n")),
                "r.csv, line 3, column 'region', value '': 1 row(s) without a region code, first here");
    }

    @Test
    void badMetadataAndBridgeFiles() throws IOException {
        Path f = write("t.csv", "region,industry,year,value\nr1,a,2020,1\n");
        fails(IngestRequest.of(f).withMetadata(write("regions.csv", "code,name,level\nr1,R,regency\n"), null),
                "regions.csv, line 1, value 'code,name,level': wrong header: needs columns code,name,level,parent; "
                        + "no 'parent'");
        fails(IngestRequest.of(f).withMetadata(write("r2.csv", "code,name,level,parent\nr1,R,district,\n"), null),
                "r2.csv, line 2, column 'level', value 'district': unknown region level 'district' (expected "
                        + "country, province or regency)");
        fails(IngestRequest.of(f).withBridge(java.util.List.of(write("b.csv", "kode_bps,kode_dagri\nr2,x2\n")),
                        CodeSystem.KEMENDAGRI),
                "b.csv: 1 region code(s) not in the code bridge: r1 (r1) (province codes need the province bridge "
                        + "too, e.g. bps_kemendagri_bridge_provinsi_2020.csv)");
    }
}
