/**
 * Readers of the US data used to validate Klaster's cluster methods against the US Cluster Mapping Project
 * (Delgado, Porter &amp; Stern 2016, DOI 10.1093/jeg/lbv017): County Business Patterns by CBSA × 6-digit NAICS
 * ({@link dev.klaster.io.us.CbpCbsa}), the CMP NAICS → cluster crosswalk and cluster relatedness
 * ({@link dev.klaster.io.us.ClusterMapping}), the NAICS → BEA summary-sector concordance
 * ({@link dev.klaster.io.us.BeaSectors}), and the whole validation ({@link dev.klaster.io.us.UsValidation},
 * docs/us-validation.md). Malformed files throw {@link dev.klaster.core.model.InputDataException} naming file, line,
 * column and value.
 */
package dev.klaster.io.us;
