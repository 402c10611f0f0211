package dev.klaster.cli;

import dev.klaster.core.cluster.DefinitionQuality;
import dev.klaster.core.cluster.IoTemplates;
import dev.klaster.core.cluster.Validation;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.iotable.EurostatIoReader;
import dev.klaster.io.iotable.PlainIoReader;
import dev.klaster.io.iotable.ProductConcordance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code klaster clusters templates}: national IO cluster templates (Feser &amp; Bergman 2000) of an input-output
 * table, named in Bahasa Indonesia and English ({@link IoTemplates}), one row per member with its evidence.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"National IO cluster templates (Feser & Bergman 2000) from an input-output table, e.g. the "
                + "BPS 185-product table: named groups of products linked by strong purchase/sales relations.",
                "Templat klaster IO nasional (Feser & Bergman 2000) dari tabel input-output, mis. tabel BPS 185 "
                        + "produk: kelompok produk bernama yang terkait erat lewat pembelian/penjualan."})
public final class ClustersTemplatesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--io", paramLabel = "TABLE.csv", required = true,
            description = {"National input-output table (docs/input-output.md).", "Tabel input-output nasional."})
    Path io;

    @Option(names = "--io-format", paramLabel = "F", defaultValue = "bps",
            description = "Layout of --io: bps, plain (with --io-vectors) or eurostat (default: ${DEFAULT-VALUE}).")
    String ioFormat;

    @Option(names = "--io-vectors", paramLabel = "FILE", description = "Vectors CSV of a --io-format plain table.")
    Path ioVectors;

    @Option(names = "--concordance", paramLabel = "FILE",
            description = {"Product → PDRB section CSV (column_code,kbli_section), for the rule that keeps trade, "
                    + "transport, finance, business and government products out of template cores (default: the "
                    + "built-in BPS 185 → 17 concordance for a 185-product table).",
                    "Padanan produk → lapangan usaha PDRB."})
    Path concordance;

    @Option(names = "--resolution", defaultValue = "2.5",
            description = {"Leiden resolution γ: larger gives more, smaller templates (default: ${DEFAULT-VALUE}).",
                    "Resolusi Leiden: makin besar, templat makin kecil."})
    double resolution;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of Leiden (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = {"Write the templates: .csv (one row per member; usable as --definition FILE) or .xlsx "
                    + "(members and template scores).", "Tulis templat ke .csv atau .xlsx."})
    Path out;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(io)) {
            throw new IllegalArgumentException("--io: file not found: " + io);
        }
        if (out != null) {
            String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!n.endsWith(".csv") && !n.endsWith(".xlsx")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: give a .csv or .xlsx file, got "
                        + out);
            }
        }
        IoTable t = read();
        t.warnings().forEach(w -> err.println("warning: " + w));
        Map<String, String> sec = null;
        if (concordance != null) {
            sec = ProductConcordance.read(concordance);
        } else if (ProductConcordance.isBps185(t.codes())) {
            sec = ProductConcordance.bps185();
        } else if (t.codes().stream().allMatch(dev.klaster.core.cluster.ClusterNames::isSection)) {
            sec = new java.util.LinkedHashMap<>();
            for (String c : t.codes()) {
                sec.put(c, c);
            }
        } else {
            err.println("note: no --concordance FILE: trade, transport and other margins-type products are not "
                    + "recognised by section (only by the hub rule) / tanpa padanan: produk jasa margin hanya dikenali "
                    + "lewat aturan hub");
        }
        String[] codes = t.codes().toArray(String[]::new);
        String[] sections = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            sections[i] = sec == null ? null : sec.get(codes[i]);
        }
        IoTemplates.Options o = IoTemplates.Options.defaults().withResolution(resolution).withSeed(seed);
        IoTemplates.Result r = IoTemplates.build(codes, t.names().toArray(String[]::new), sections, t.z(),
                t.output(), o);
        print(r, t, pw);
        if (out != null) {
            try {
                List<Table> tables = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? List.of(members(r)) : List.of(members(r), scores(r));
                TableWriter.write(tables, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
            pw.println("wrote " + out);
        }
        return Klaster.EXIT_OK;
    }

    private IoTable read() {
        return switch (ioFormat.trim().toLowerCase(Locale.ROOT)) {
            case "bps" -> BpsIoReader.read(io);
            case "eurostat" -> EurostatIoReader.read(io);
            case "plain" -> {
                if (ioVectors == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--io-format plain needs --io-vectors FILE");
                }
                yield PlainIoReader.read(io, ioVectors);
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--io-format: unknown value '"
                    + ioFormat + "' (expected bps, plain or eurostat)");
        };
    }

    static void print(IoTemplates.Result r, IoTable t, PrintWriter pw) {
        pw.printf(Locale.ROOT, "IO cluster templates (Feser & Bergman 2000) of %s: %d templates, %d of %d products "
                        + "in templates / templat klaster IO: %d templat%n", t.source(), r.templates().size(),
                r.templates().stream().mapToInt(x -> x.members().size()).sum(), r.codes().length,
                r.templates().size());
        pw.printf(Locale.ROOT, "%-4s %-48s %-48s %4s %9s  %s%n", "id", "nama", "name", "n", "int/ext", "largest members");
        for (IoTemplates.Template x : r.templates()) {
            List<String> top = x.members().stream().limit(3).map(m -> m.code() + " " + shorten(m.label(), 28))
                    .toList();
            pw.printf(Locale.ROOT, "%-4s %-48s %-48s %4d %9.1f  %s%n", x.id(), shorten(x.name().nameId(), 48),
                    shorten(x.name().nameEn(), 48), x.members().size(), x.linkage().ratio(), String.join("; ", top));
        }
        long support = r.excluded().stream().filter(e -> e.reason() != IoTemplates.Reason.UNGROUPED).count();
        pw.printf(Locale.ROOT, "Supporting (not template cores): %d margins-type/public products and hubs, e.g. %s;"
                        + " ungrouped: %d%n", support,
                r.excluded().stream().filter(e -> e.reason() == IoTemplates.Reason.HUB).map(e -> e.code() + " "
                        + e.label()).toList(),
                r.excluded().stream().filter(e -> e.reason() == IoTemplates.Reason.UNGROUPED).count());
        DefinitionQuality.Verdict v = DefinitionQuality.of(new Validation.Result(r.templates().stream()
                .map(IoTemplates.Template::linkage).toList(), r.modularity(), r.withinBetweenRatio()));
        pw.println(v.statement("en"));
        pw.println(v.statement("id"));
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** One row per product: templates' members first, then supporting and ungrouped products (no template). */
    static Table members(IoTemplates.Result r) {
        Table.Builder b = Table.builder("cluster_templates").text("template_id").text("name_id").text("name_en")
                .text("member_code").text("member_label").text("role").number("output_million_idr")
                .text("strongest_partner").number("linkage").text("coefficient").number("profile_correlation")
                .number("internal_share").text("evidence_id").text("evidence_en")
                .number("template_internal_external_ratio");
        for (IoTemplates.Template x : r.templates()) {
            for (IoTemplates.Member m : x.members()) {
                b.row(x.id(), x.name().nameId(), x.name().nameEn(), m.code(), m.label(), "member", m.output(),
                        m.partnerCode(), m.linkage(), m.direction().name().toLowerCase(Locale.ROOT),
                        m.profileCorrelation(), m.internalShare(), m.evidence("id"), m.evidence("en"),
                        x.linkage().ratio());
            }
        }
        for (IoTemplates.Excluded e : r.excluded()) {
            String[] why = switch (e.reason()) {
                case SUPPORT_SERVICE -> new String[] {"jasa pendukung (perdagangan, angkutan, keuangan, jasa "
                        + "perusahaan atau pemerintah): bukan inti templat", "supporting service (trade, transport, "
                        + "finance, business or government): not a template core"};
                case HUB -> new String[] {"hub: keterkaitan kuat dengan " + e.strongLinks() + " produk",
                        "hub: strongly linked to " + e.strongLinks() + " products"};
                case UNGROUPED -> new String[] {"tidak cukup terkait untuk masuk templat",
                        "not linked strongly enough to join a template"};
            };
            b.row("", "", "", e.code(), e.label(), e.reason() == IoTemplates.Reason.UNGROUPED ? "ungrouped"
                    : "supporting", Double.NaN, "", Double.NaN, "", Double.NaN, Double.NaN, why[0], why[1],
                    Double.NaN);
        }
        b.note("Feser & Bergman (2000) templates: Leiden (γ " + r.options().resolution() + ", seed "
                + r.options().seed() + ") on L = max of the four normalised purchase/sales coefficients; "
                + "docs/cluster-templates.md");
        return b.build();
    }

    /** Per template: names, members, internal and external mean linkage, ratio; and the overall scores. */
    static Table scores(IoTemplates.Result r) {
        Table.Builder b = Table.builder("template_quality").text("template_id").text("name_id").text("name_en")
                .number("members").number("output_million_idr").number("internal_mean_linkage")
                .number("external_mean_linkage").number("internal_external_ratio");
        for (IoTemplates.Template x : r.templates()) {
            b.row(x.id(), x.name().nameId(), x.name().nameEn(), x.members().size(), x.output(),
                    x.linkage().internalMean(), x.linkage().externalMean(), x.linkage().ratio());
        }
        DefinitionQuality.Verdict v = DefinitionQuality.of(new Validation.Result(r.templates().stream()
                .map(IoTemplates.Template::linkage).toList(), r.modularity(), r.withinBetweenRatio()));
        b.note(v.statement("id"));
        b.note(v.statement("en"));
        b.note(String.format(Locale.ROOT, "modularity %.4f, within/between ratio %.3f", r.modularity(),
                r.withinBetweenRatio()));
        return b.build();
    }
}
