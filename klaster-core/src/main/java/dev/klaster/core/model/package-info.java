/**
 * The data model every measure works on.
 *
 * <ul>
 *   <li>{@link dev.klaster.core.model.Region} and {@link dev.klaster.core.model.RegionSet}: regions with a hierarchy
 *       (country → province → regency/city) and named region groups (e.g. Western and Eastern Indonesia, islands).</li>
 *   <li>{@link dev.klaster.core.model.Industry} and {@link dev.klaster.core.model.IndustrySet}: industries with a
 *       classification hierarchy (KBLI sections and divisions, NAICS, NACE, user-defined).</li>
 *   <li>{@link dev.klaster.core.model.Panel}: region × industry × year × {@link dev.klaster.core.model.Measure} in
 *       primitive arrays, with labels, and cheap slices ({@link dev.klaster.core.model.Slice}).</li>
 * </ul>
 *
 * <p>Missing cells are {@code NaN}, never 0: a region that reports no value for an industry is not the same as one
 * that reports zero.
 */
package dev.klaster.core.model;
