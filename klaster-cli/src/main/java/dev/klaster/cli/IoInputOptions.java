package dev.klaster.cli;

import dev.klaster.core.demo.DemoIoTable;
import dev.klaster.core.inputoutput.DenseLapack;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.iotable.EurostatIoReader;
import dev.klaster.io.iotable.MakeUseReader;
import dev.klaster.io.iotable.PlainIoReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Shared options of the {@code io} subcommands: where the table comes from, and where results go. */
public final class IoInputOptions {
    @Option(names = "--demo", description = "Use the built-in SYNTHETIC 17-sector demo table / tabel demo sintetis.")
    boolean demo;

    @Option(names = "--bps", paramLabel = "FILE", description = "A table in the BPS layout (CSV).")
    Path bps;

    @Option(names = "--eurostat", paramLabel = "FILE", description = "A symmetric table in the Eurostat/iotables layout.")
    Path eurostat;

    @Option(names = "--transactions", paramLabel = "FILE", description = "Square transactions CSV (with --vectors).")
    Path transactions;

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Vectors CSV: code,output[,final_demand,value_added,compensation,household_consumption,"
                    + "exports,imports,employment,name].")
    Path vectors;

    @Option(names = "--make", paramLabel = "FILE", description = "Make (supply) table CSV, BEA layout (with --use).")
    Path make;

    @Option(names = "--use", paramLabel = "FILE", description = "Use table CSV, BEA layout (with --make).")
    Path use;

    @Option(names = "--names", paramLabel = "FILE", description = "Industry code,name CSV for --make/--use.")
    Path names;

    @Option(names = "--employment", paramLabel = "FILE",
            description = "Employment per sector (code,employment) to add to the table (for job multipliers).")
    Path employment;

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (.csv or .xlsx); default: CSV on standard output.")
    Path output;

    @Option(names = "--java-lapack", description = "Use the pure-Java LAPACK fallback even if native BLAS is present "
            + "(default: pure Java below " + DenseLapack.AUTO_NATIVE_FROM + " sectors, native OpenBLAS from there).")
    boolean javaLapack;

    DenseLapack.Backend backend(int n) {
        return DenseLapack.resolve(javaLapack ? DenseLapack.Backend.JAVA : DenseLapack.Backend.AUTO, n);
    }

    /** Reads the table the options point to; exactly one source must be given. */
    IoTable table(CommandLine cl) {
        int sources = (demo ? 1 : 0) + (bps != null ? 1 : 0) + (eurostat != null ? 1 : 0)
                + (transactions != null ? 1 : 0) + (make != null ? 1 : 0);
        if (sources != 1) {
            throw new CommandLine.ParameterException(cl,
                    "give exactly one table: --demo, --bps, --eurostat, --transactions/--vectors or --make/--use");
        }
        IoTable t;
        if (demo) {
            t = DemoIoTable.generate();
        } else if (bps != null) {
            t = BpsIoReader.read(bps);
        } else if (eurostat != null) {
            t = EurostatIoReader.read(eurostat);
        } else if (transactions != null) {
            if (vectors == null) {
                throw new CommandLine.ParameterException(cl, "--transactions needs --vectors");
            }
            t = PlainIoReader.read(transactions, vectors);
        } else {
            if (use == null) {
                throw new CommandLine.ParameterException(cl, "--make needs --use");
            }
            t = MakeUseReader.read(make, use, names, 1e-3);
        }
        if (employment != null) {
            t = PlainIoReader.withEmployment(t, employment);
        }
        PrintWriter err = cl.getErr();
        if (t.synthetic()) {
            err.println("*** SYNTHETIC DEMO DATA — not real statistics / DATA DEMO SINTETIS — bukan statistik resmi ***");
        }
        for (String w : t.warnings()) {
            err.println("warning: " + w);
        }
        for (String m : t.balance(1e-6).mismatches()) {
            err.println("warning: balance: " + m);
        }
        return t;
    }

    /** The Leontief model; an unproductive or singular table from a file is bad data (exit 1). */
    LeontiefModel model(IoTable t) {
        return model(t, javaLapack ? DenseLapack.Backend.JAVA : DenseLapack.Backend.AUTO);
    }

    /** The Leontief model on a backend; an unproductive or singular table is bad data (exit 1). */
    static LeontiefModel model(IoTable t, DenseLapack.Backend backend) {
        try {
            return LeontiefModel.of(t, backend);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(t.source(), e.getMessage());
        }
    }

    /** Writes a table to --output or as CSV to the command's out; warns on NaN cells and prints notes. */
    void emit(CommandLine cl, Table table) {
        int nan = table.undefinedCount();
        for (String n : table.notes()) {
            cl.getErr().println("note: " + n);
        }
        if (nan > 0) {
            cl.getErr().println("warning: " + nan + " value(s) are undefined (NaN), see the notes above");
        }
        try {
            if (output != null) {
                TableWriter.write(table, output);
                cl.getErr().println("wrote " + output);
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                TableWriter.writeCsv(table, bytes);
                String s = bytes.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
                cl.getOut().print(s);
                cl.getOut().flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
