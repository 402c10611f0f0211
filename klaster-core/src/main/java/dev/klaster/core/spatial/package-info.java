/**
 * Spatial statistics of regions and point patterns: where a cluster's concentration really is.
 *
 * <p><b>Weights</b> ({@link dev.klaster.core.spatial.SpatialWeights}): queen/rook contiguity from boundaries
 * ({@link dev.klaster.core.spatial.ContiguityWeights}, JTS), k nearest neighbours, distance band and inverse
 * distance from coordinates ({@link dev.klaster.core.spatial.PointWeights}), planar or great-circle
 * ({@link dev.klaster.core.spatial.Metric}); islands handled by {@link dev.klaster.core.spatial.IslandPolicy};
 * edge-list CSV {@code from,to,weight} ({@link dev.klaster.core.spatial.WeightsCsv}); boundaries from GeoJSON or
 * TopoJSON ({@link dev.klaster.core.spatial.Areas}, {@link dev.klaster.core.spatial.TopoJson}).
 *
 * <p><b>Area statistics</b>: global Moran's I, Geary's C, Getis-Ord General G, bivariate Moran
 * ({@link dev.klaster.core.spatial.GlobalAutocorrelation}); local Moran (LISA) and local Getis-Ord Gi / Gi*
 * with conditional-permutation pseudo p-values ({@link dev.klaster.core.spatial.LocalMoran},
 * {@link dev.klaster.core.spatial.LocalGetisOrd}); blocked permutations within groups
 * ({@link dev.klaster.core.spatial.Permutations}); Bonferroni / Benjamini-Hochberg corrections
 * ({@link dev.klaster.core.spatial.MultipleTesting}). Names and conventions follow PySAL's esda
 * (Rey and Anselin 2007) and agree with R's spdep (Bivand and Wong 2018, doi:10.1007/s11749-018-0599-x) where the
 * two agree; where they differ the class Javadoc says which one is followed.
 *
 * <p><b>Point patterns</b>: Duranton-Overman Kd and Kemp's weighted variant, Marcon-Puech M, Ripley's K and
 * Besag's L with edge correction, with Monte-Carlo envelopes ({@link dev.klaster.core.spatial.PointPatterns},
 * {@link dev.klaster.core.spatial.Envelope}); pairs are found through a grid index
 * ({@link dev.klaster.core.spatial.GridIndex}) so no n × n distance table is ever built. Conventions follow R's
 * dbmss (Marcon, Traissac, Puech and Lang 2015, doi:10.18637/jss.v067.c03).
 *
 * <p>Glossary: {@code n} areas; {@code w_ij} weight of j in i's neighbourhood; {@code S0 = Σ_ij w_ij},
 * {@code S1 = ½ Σ_ij (w_ij + w_ji)²}, {@code S2 = Σ_i (w_i. + w_.i)²}; {@code z_i = y_i − ȳ}; spatial lag
 * {@code (Wz)_i = Σ_j w_ij z_j}; quadrant q = 1 HH, 2 LH, 3 LL, 4 HL (esda's numbering).
 */
package dev.klaster.core.spatial;
