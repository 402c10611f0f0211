package dev.klaster.core.reference;

import dev.klaster.core.agglomeration.EllisonGlaeser;
import dev.klaster.core.agglomeration.EllisonGlaeserResult;
import dev.klaster.core.agglomeration.LitzenbergerSternberg;
import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.specialization.Gini;
import dev.klaster.core.specialization.Herfindahl;
import dev.klaster.core.specialization.Hoover;
import dev.klaster.core.specialization.Krugman;
import dev.klaster.core.specialization.Theil;
import dev.klaster.core.testing.SharedData;
import dev.klaster.core.testing.SimpleCsv;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs every documented example of REAT 3.0.3 listed in {@code reat-reference/reat_documented_examples.csv}
 * (source: REAT's own help pages, see that folder's README) against Klaster's measures. Inputs come from the
 * case's {@code call} text (its literal {@code c(...)} vectors and numbers) or from the REAT datasets converted to
 * CSV; the expected number is the file's {@code reat_value} (tolerance 1e-8 relative) and its
 * {@code documented_value} at the precision it was printed with.
 */
class ReatReferenceCasesTest {
    private static final String FILE = "reat-reference/reat_documented_examples.csv";

    /** GDP (bn EUR) of the 16 German Länder 2015, typed from REAT man/hoover.Rd and man/herf.Rd examples. */
    private static final double[] DE_GDP = {460.69, 549.19, 124.16, 65.29, 31.59, 109.27, 263.44, 39.87, 258.53,
            645.59, 131.95, 35.03, 112.66, 56.22, 85.61, 56.81};
    /** Population of the 16 Länder 2015, typed from REAT man/hoover.Rd. */
    private static final double[] DE_POP = {10879618, 12843514, 3520031, 2484826, 671489, 1787408, 6176172,
            1612362, 7926599, 17865516, 4052803, 995597, 4084851, 2245470, 2858714, 2170714};

    private static Map<String, Function<String, Double>> cases(Path datasets) {
        Map<String, Function<String, Double>> m = new LinkedHashMap<>();
        m.put("fk_locq_scalar", call -> {
            double[] a = numbers(call);
            return LocationQuotient.of(a[0], a[1], a[2], a[3]);
        });
        m.put("fk_gini_spec", call -> {
            List<double[]> v = vectors(call);
            return Gini.specialization(v.get(0), v.get(1));
        });
        m.put("freiburg_gini_spec_2014", call -> {
            List<Map<String, String>> rows = SimpleCsv.read(datasets.resolve("Freiburg.csv"));
            return Gini.specialization(col(rows, "e_Freiburg2014", 0), col(rows, "e_Germany2014", 0));
        });
        m.put("goe_gini_spec_2017", call -> {
            List<Map<String, String>> rows = SimpleCsv.read(datasets.resolve("Goettingen.csv"));
            // Goettingen$...[2:16]: rows 2..16, i.e. without the first row "A-R Insgesamt"
            return Gini.specialization(col(rows, "Goettingen2017", 1), col(rows, "BRD2017", 1));
        });
        m.put("fk_krugman_spec2", call -> {
            // Farhauer/Kröll (2013) via REAT man/krugman.spec2.Rd: Sweden vs Norway, Denmark, Finland, Iceland
            double[] sweden = {45000, 15000, 32000, 10000, 30000};
            double[][] others = {{35000, 12000, 30000, 8000, 22000}, {40000, 10000, 25000, 9000, 18000},
                    {30000, 11000, 18000, 3000, 13000}, {40000, 6000, 11000, 2000, 12000}};
            return Krugman.versusMean(sweden, others);
        });
        m.put("fk_krugman_conc2", call -> {
            // Farhauer/Kröll (2013) via REAT man/krugman.conc2.Rd: mining vs four industries over 5 regions
            double[] mining = {4320, 7811, 3900, 2300, 47560};
            double[][] others = {{20000, 11000, 31000, 8000, 20000}, {40000, 10000, 25000, 9000, 16000},
                    {10000, 11000, 14000, 14000, 13000}, {7000, 7500, 11000, 1500, 36000}};
            return Krugman.versusMean(mining, others);
        });
        m.put("fk_ellison_a", call -> {
            List<double[]> v = vectors(call);
            Matcher q = Pattern.compile("'([^']+)'").matcher(call);
            List<String> names = new ArrayList<>();
            while (q.find()) {
                names.add(q.group(1));
            }
            List<String> order = names.stream().distinct().toList(); // REAT: levels in order of appearance
            int[] region = names.stream().mapToInt(order::indexOf).toArray();
            EllisonGlaeserResult r = EllisonGlaeser.gamma(v.get(0), region, v.get(1));
            assertThat(r.plants()).as("K of the REAT output").isEqualTo(10);
            assertThat(r.h()).as("HHI of the REAT output (0.24468877551)").isCloseTo(0.24468877551, within(1e-10));
            assertThat(r.g()).as("G of the REAT output (0.16816326531)").isCloseTo(0.16816326531, within(1e-10));
            assertThat(r.z()).as("z of the REAT output (0.19590019703)").isCloseTo(0.19590019703, within(1e-9));
            return r.gamma();
        });
        m.put("doersam_herf", call -> Herfindahl.index(vectors(call).get(0)));
        m.put("doersam_herf_norm", call -> Herfindahl.normalized(vectors(call).get(0)));
        m.put("doersam_herf_eq", call -> Herfindahl.equivalentNumber(vectors(call).get(0)));
        m.put("de_gdp_herf", call -> Herfindahl.index(DE_GDP));
        m.put("de_gdp_hoover", call -> Hoover.index(DE_GDP, DE_POP));
        m.put("stoermann_theil", call -> Theil.l(vectors(call).get(0)));
        m.put("fk_litzenberger", call -> {
            double[] a = numbers(call);
            return LitzenbergerSternberg.index(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
        });
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExample() {
        Path file = SharedData.require(FILE);
        Path datasets = file.getParent().resolve("datasets");
        Map<String, Function<String, Double>> impl = cases(datasets);
        return SimpleCsv.read(file).stream().map(row -> DynamicTest.dynamicTest(row.get("case_id"), () -> {
            String id = row.get("case_id");
            assertThat(impl).as("a Klaster implementation for REAT case " + id).containsKey(id);
            double actual = impl.get(id).apply(row.get("call"));
            double reat = Double.parseDouble(row.get("reat_value").split(";")[0].trim());
            assertThat(actual).as(id + " vs REAT 3.0.3 value " + reat + " (" + row.get("documented_in") + ")")
                    .isCloseTo(reat, within(Math.abs(reat) * 1e-8));
            String doc = row.get("documented_value").trim();
            if (!doc.isEmpty()) {
                int decimals = doc.contains(".") ? doc.length() - doc.indexOf('.') - 1 : 0;
                assertThat(actual).as(id + " vs documented " + doc)
                        .isCloseTo(Double.parseDouble(doc), within(0.5 * Math.pow(10, -decimals) + 1e-12));
            }
        }));
    }

    @Test
    void everyCaseOfTheFileIsCovered() {
        Path file = SharedData.require(FILE);
        List<String> ids = SimpleCsv.read(file).stream().map(r -> r.get("case_id")).toList();
        assertThat(ids).as("14 documented REAT cases (README)").hasSize(14);
        assertThat(cases(file.getParent().resolve("datasets")).keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static double[] col(List<Map<String, String>> rows, String column, int skip) {
        return rows.stream().skip(skip).mapToDouble(r -> Double.parseDouble(r.get(column))).toArray();
    }

    /** The literal {@code c(...)} vectors of an R call, in order. */
    static List<double[]> vectors(String call) {
        Matcher mm = Pattern.compile("c\\(([-0-9.,\\s]+)\\)").matcher(call);
        List<double[]> out = new ArrayList<>();
        while (mm.find()) {
            out.add(Stream.of(mm.group(1).split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray());
        }
        return out;
    }

    /** The scalar arguments of an R call like {@code f(a=1, 2, ...)}, in order. */
    static double[] numbers(String call) {
        String args = call.substring(call.indexOf('(') + 1, call.lastIndexOf(')'));
        return Stream.of(args.split(",")).map(s -> s.contains("=") ? s.substring(s.indexOf('=') + 1) : s)
                .mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }
}
