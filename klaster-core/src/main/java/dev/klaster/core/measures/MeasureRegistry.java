package dev.klaster.core.measures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The one explicit list of regional measures, in a fixed order (family by family). Read by the CLI's
 * {@code klaster measures} / {@code klaster measure NAME} and by the web API; independent of any shell.
 */
public final class MeasureRegistry {
    private static final List<MeasureSpec> ALL;

    static {
        List<MeasureSpec> l = new ArrayList<>();
        l.addAll(ConcentrationMeasures.specs());
        l.addAll(ShiftShareMeasures.specs());
        l.addAll(TypologyMeasures.specs());
        l.addAll(SpecializationMeasures.specs());
        l.addAll(AgglomerationMeasures.specs());
        l.addAll(GrowthMeasures.specs());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (MeasureSpec s : l) {
            if (!ids.add(s.id())) {
                throw new IllegalStateException("duplicate measure id " + s.id());
            }
        }
        ALL = Collections.unmodifiableList(l);
    }

    private MeasureRegistry() {
    }

    /** Every measure, in registry order. */
    public static List<MeasureSpec> all() {
        return ALL;
    }

    /** The measure with this id (case-insensitive, '-' = '_'), or an exception listing the ids. */
    public static MeasureSpec get(String id) {
        String k = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (MeasureSpec s : ALL) {
            if (s.id().equals(k)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + id + "'; run 'klaster measures' to list them ("
                + ALL.stream().map(MeasureSpec::id).toList() + ")");
    }
}
