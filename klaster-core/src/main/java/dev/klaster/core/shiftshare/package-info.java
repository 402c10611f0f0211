/**
 * Shift-share analysis: decomposition of a region's change in employment (or value added) per industry between a
 * base year 0 and an end year 1 into a part explained by the nation (reference), by the industry mix and by the
 * region's own (competitive) performance.
 *
 * <p>Glossary (one name per concept, used throughout): {@code e0[i], e1[i]} region's industry values;
 * {@code n0[i], n1[i]} reference (nation) values; {@code g = N1/N0 − 1} national growth; {@code g[i] =
 * n1[i]/n0[i] − 1} national industry growth; {@code r[i] = e1[i]/e0[i] − 1} regional industry growth.
 * <ul>
 *   <li><b>national share</b> (NS, komponen pertumbuhan nasional) {@code e0[i]·g};</li>
 *   <li><b>industry mix</b> (IM, proportional shift, bauran industri) {@code e0[i]·(g[i] − g)};</li>
 *   <li><b>regional shift</b> (RS, competitive/differential shift, keunggulan kompetitif)
 *       {@code e0[i]·(r[i] − g[i])};</li>
 *   <li><b>net total shift</b> (NTS) {@code IM + RS = change − NS}.</li>
 * </ul>
 * Variants: {@link dev.klaster.core.shiftshare.ShiftShare#dunn Dunn (1960)} classic;
 * {@link dev.klaster.core.shiftshare.ShiftShare#estebanMarquillas Esteban-Marquillas (1972)} homothetic
 * employment and allocation effect; {@link dev.klaster.core.shiftshare.ShiftShare#arcelus Arcelus (1984)};
 * {@link dev.klaster.core.shiftshare.ShiftShare#gerfin Gerfin (1964)} multiplicative;
 * {@link dev.klaster.core.shiftshare.ShiftShare#dynamic dynamic} (Barff &amp; Knight 1988) chained
 * year by year; {@link dev.klaster.core.shiftshare.ShiftShare#project projection}.
 */
package dev.klaster.core.shiftshare;
