package dev.klaster.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The valid range of every numeric or enumerated option, in one table for all commands, checked before any work
 * ({@link Klaster#commandLine}): a value outside it is bad usage (exit 2) and the message gives the range and the
 * unit. {@code --growth} is a percentage everywhere: −100 % (final demand falls to zero; a contraction such as −10 %
 * is a valid scenario) to +1,000 % (×11; more is no scenario a regional plan can support).
 */
final class OptionRanges {
    /** An inclusive or half-open numeric range with its unit. */
    record Range(double min, boolean minIncluded, double max, boolean maxIncluded, String unit) {
        boolean contains(double v) {
            return !Double.isNaN(v) && (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
        }

        String text() {
            return (minIncluded ? "[" : "(") + num(min) + ", " + num(max) + (maxIncluded ? "]" : ")")
                    + (unit.isEmpty() ? "" : " " + unit);
        }

        private static String num(double v) {
            return Double.isInfinite(v) ? (v > 0 ? "∞" : "−∞") : v == Math.rint(v)
                    ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
        }
    }

    static final Map<String, Range> NUMERIC = Map.of(
            "--growth", new Range(-100, true, 1000, true, "% (percent change of final demand; 10 means +10 %)"),
            "--delta", new Range(0, true, 1, false, "(FLQ δ)"),
            "--limit", new Range(0, true, Double.POSITIVE_INFINITY, false, "findings"),
            "--tolerance", new Range(0, true, 100, true, "%"),
            "--resolution", new Range(0, false, 1000, true, "(modularity resolution γ)"),
            "--io-weight", new Range(0, true, 1, true, "(weight of IO links)"));

    static final Map<String, List<String>> CHOICES = Map.of("--lang", List.of("id", "en"));

    private OptionRanges() {
    }

    /** Throws a {@link CommandLine.ParameterException} (exit 2) for the first option value outside its range. */
    static void check(CommandLine.ParseResult pr) {
        for (OptionSpec o : pr.matchedOptions()) {
            Object v = o.getValue();
            Range r = NUMERIC.get(o.longestName());
            if (r != null && v instanceof Number n && !r.contains(n.doubleValue())) {
                throw new CommandLine.ParameterException(pr.commandSpec().commandLine(), String.format(Locale.ROOT,
                        "%s %s is outside the valid range %s", o.longestName(), pr.matchedOptionValue(o.longestName(),
                                v), r.text()));
            }
            List<String> choices = CHOICES.get(o.longestName());
            if (choices != null && v instanceof String s && !choices.contains(s.trim().toLowerCase(Locale.ROOT))) {
                throw new CommandLine.ParameterException(pr.commandSpec().commandLine(), o.longestName() + " '" + s
                        + "' is not one of " + String.join(", ", choices));
            }
        }
    }
}
