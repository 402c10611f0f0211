package dev.klaster.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An industry → cluster membership with its validation.
 *
 * @param method how it was made ("given", "io", "colocation", "combined")
 * @param industryCodes industry codes, in the order of the relatedness matrix / panel
 * @param membership cluster index per industry, −1 = in no cluster
 * @param clusterNames one name per cluster index
 * @param validation internal/external linkage per cluster and overall scores on {@code relatedness}
 * @param relatedness the matrix the definition was made or scored on (n × n)
 * @param alternateNames the cluster names in the other report language (Indonesian ↔ English; same as
 *                       {@code clusterNames} for a given mapping, whose names are the user's)
 */
public record ClusterDefinition(String method, String[] industryCodes, int[] membership, String[] clusterNames,
                                Validation.Result validation, double[][] relatedness, String[] alternateNames) {
    public ClusterDefinition {
        if (alternateNames == null) {
            alternateNames = clusterNames;
        }
        if (alternateNames.length != clusterNames.length) {
            throw new IllegalArgumentException(clusterNames.length + " cluster names but " + alternateNames.length
                    + " alternate names");
        }
        if (industryCodes.length != membership.length) {
            throw new IllegalArgumentException(industryCodes.length + " industry codes but " + membership.length
                    + " memberships");
        }
        for (int i = 0; i < membership.length; i++) {
            if (membership[i] >= clusterNames.length) {
                throw new IllegalArgumentException("industry " + industryCodes[i] + " is in cluster " + membership[i]
                        + " but only " + clusterNames.length + " cluster names are given");
            }
        }
    }

    /** Builds a definition from a membership found on (or to be scored on) {@code relatedness}. */
    public static ClusterDefinition of(String method, String[] codes, int[] membership, String[] names,
                                       double[][] relatedness) {
        return new ClusterDefinition(method, codes.clone(), membership.clone(), names.clone(),
                Validation.of(relatedness, membership), relatedness, null);
    }

    /** The same definition with other names (e.g. {@link ClusterNames} in the report language and the other). */
    public ClusterDefinition withNames(String[] names, String[] alternate) {
        return new ClusterDefinition(method, industryCodes, membership, names.clone(), validation, relatedness,
                alternate.clone());
    }

    /** Data-driven (found from links or co-location), as opposed to a given mapping. */
    public boolean dataDriven() {
        return !"given".equals(method);
    }

    /** True when every clustered industry is one of the 17 PDRB sections: these are sector groups, not clusters. */
    public boolean sectionLevel() {
        boolean any = false;
        for (int i = 0; i < industryCodes.length; i++) {
            if (membership[i] >= 0) {
                any = true;
                if (!ClusterNames.isSection(industryCodes[i])) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Quality verdict of this definition ({@link DefinitionQuality}). */
    public DefinitionQuality.Verdict quality() {
        return DefinitionQuality.of(validation);
    }

    /**
     * Names clusters "C1", "C2", ... with their member codes, e.g. "C1 (A+C+I)" — a placeholder only: the chain
     * replaces it with {@link ClusterNames} (dominant members' names) before anything is shown.
     */
    public static String[] defaultNames(String[] codes, int[] membership) {
        int k = Arrays.stream(membership).max().orElse(-1) + 1;
        List<List<String>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < codes.length; i++) {
            if (membership[i] >= 0) {
                members.get(membership[i]).add(codes[i]);
            }
        }
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            List<String> m = members.get(c);
            String list = m.size() <= 6 ? String.join("+", m) : String.join("+", m.subList(0, 6)) + "+…";
            names[c] = "C" + (c + 1) + " (" + list + ")";
        }
        return names;
    }

    public int clusterCount() {
        return clusterNames.length;
    }

    /** Industry indices of one cluster. */
    public int[] members(int cluster) {
        return java.util.stream.IntStream.range(0, membership.length).filter(i -> membership[i] == cluster).toArray();
    }
}
