package dev.klaster.core.competitiveness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator framework: factors, their indicators, normalisation and weighting, read from JSON.
 *
 * <p>Format (see docs/clusters.md; default: {@code rosenfeld-default.json} in this package's resources):
 * <pre>
 * {
 *   "name": "Rosenfeld nine factors",
 *   "normalisation": "MIN_MAX" | "Z_SCORE",
 *   "weighting": "EQUAL" | "GIVEN" | "AHP",
 *   "ahp": [[1, 3, ...], ...],            // factors × factors, in factor order; only for AHP
 *   "likertMax": 5,                        // survey scores must lie in 1..likertMax
 *   "factors": [
 *     {"id": "specialisation", "name": "Specialisation", "nameId": "Spesialisasi", "weight": 1.0,
 *      "indicators": [{"id": "lq", "source": "COMPUTED", "higherIsBetter": true},
 *                     {"id": "spec_survey", "source": "SURVEY"}]}
 *   ]
 * }
 * </pre>
 * Computed indicator ids are those of {@link Indicators#COMPUTED}; survey ids are free and matched to the survey
 * CSV's {@code indicator} column. Unknown JSON fields are errors (typos must not pass silently).
 */
public record Framework(String name, Normalisation normalisation, Weighting weighting, double[][] ahp,
                        Integer likertMax, List<Factor> factors) {

    /** How indicator values are made comparable across units. */
    public enum Normalisation {
        /** (x − min) / (max − min) over the units; NaN if max = min. */
        MIN_MAX,
        /** (x − mean) / sd (sample sd, n − 1); NaN if sd = 0 or fewer than 2 values. */
        Z_SCORE
    }

    /** How factor weights are set. */
    public enum Weighting { EQUAL, GIVEN, AHP }

    /** Where an indicator's values come from. */
    public enum Source { COMPUTED, SURVEY }

    /** A factor with its indicators. */
    public record Factor(String id, String name, String nameId, Double weight, List<Indicator> indicators) {
    }

    /**
     * An indicator; {@code higherIsBetter} defaults to true. {@code measure} / {@code measureId} say in English /
     * Indonesian what measures it: the data it is computed from, or the survey statement respondents score
     * (shown for factors without data and written on the survey form); both optional.
     */
    public record Indicator(String id, Source source, Boolean higherIsBetter, String measure, String measureId) {
        public Indicator(String id, Source source, Boolean higherIsBetter) {
            this(id, source, higherIsBetter, null, null);
        }

        public boolean positive() {
            return higherIsBetter == null || higherIsBetter;
        }

        /** What measures it, in the language ("id" or "en"), else a generic text. */
        public String measuredBy(String lang) {
            String t = "id".equals(lang) ? measureId : measure;
            if (t != null && !t.isBlank()) {
                return t;
            }
            return source == Source.SURVEY
                    ? ("id".equals(lang) ? "survei: pertanyaan '" + id + "'" : "survey: question '" + id + "'")
                    : ("id".equals(lang) ? "dihitung dari data: " + id : "computed from the data: " + id);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads and validates a framework file. */
    public static Framework read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework " + file, e);
        }
    }

    /** The default framework shipped with Klaster. */
    public static Framework defaults() {
        try (InputStream in = Framework.class.getResourceAsStream("rosenfeld-default.json")) {
            return read(in, "rosenfeld-default.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Framework read(InputStream in, String where) throws IOException {
        Framework f;
        try {
            f = MAPPER.readValue(in, Framework.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new dev.klaster.core.model.InputDataException(where, "invalid framework JSON: "
                    + e.getOriginalMessage());
        }
        f.validate(where);
        return f;
    }

    /** Checks ids, weights and the AHP matrix (including CR ≤ 0.1). */
    public void validate(String where) {
        if (factors == null || factors.isEmpty()) {
            throw new IllegalArgumentException(where + ": framework has no factors");
        }
        if (normalisation == null || weighting == null) {
            throw new IllegalArgumentException(where + ": 'normalisation' and 'weighting' are required");
        }
        Set<String> ids = new HashSet<>();
        for (Factor fa : factors) {
            if (fa.id() == null || !ids.add(fa.id())) {
                throw new IllegalArgumentException(where + ": factor id '" + fa.id() + "' is missing or repeated");
            }
            if (fa.indicators() == null || fa.indicators().isEmpty()) {
                throw new IllegalArgumentException(where + ": factor '" + fa.id() + "' has no indicators");
            }
            for (Indicator in : fa.indicators()) {
                if (in.id() == null || in.source() == null) {
                    throw new IllegalArgumentException(where + ": an indicator of factor '" + fa.id()
                            + "' lacks 'id' or 'source'");
                }
                if (in.source() == Source.COMPUTED && !Indicators.COMPUTED.contains(in.id())) {
                    throw new IllegalArgumentException(where + ": computed indicator '" + in.id() + "' of factor '"
                            + fa.id() + "' is unknown (known: " + Indicators.COMPUTED + ")");
                }
            }
            if (weighting == Weighting.GIVEN && (fa.weight() == null || !(fa.weight() >= 0))) {
                throw new IllegalArgumentException(where + ": factor '" + fa.id()
                        + "' needs a non-negative 'weight' for GIVEN weighting, got " + fa.weight());
            }
        }
        if (weighting == Weighting.AHP) {
            if (ahp == null || ahp.length != factors.size()) {
                throw new IllegalArgumentException(where + ": AHP weighting needs an 'ahp' matrix of "
                        + factors.size() + " × " + factors.size() + " (one row per factor)");
            }
            Ahp.weights(ahp);
        }
    }

    /** Factor weights summing to 1. */
    public double[] factorWeights() {
        int n = factors.size();
        double[] w = new double[n];
        switch (weighting) {
            case EQUAL -> java.util.Arrays.fill(w, 1.0 / n);
            case GIVEN -> {
                double s = factors.stream().mapToDouble(Factor::weight).sum();
                if (!(s > 0)) {
                    throw new IllegalArgumentException("given factor weights sum to " + s);
                }
                for (int k = 0; k < n; k++) {
                    w[k] = factors.get(k).weight() / s;
                }
            }
            case AHP -> w = Ahp.weights(ahp).weights();
            default -> throw new IllegalStateException();
        }
        return w;
    }

    public int likertMaxOrDefault() {
        return likertMax == null ? 5 : likertMax;
    }
}
