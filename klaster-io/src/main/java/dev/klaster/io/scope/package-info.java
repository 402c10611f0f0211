/**
 * The planner's scope (issue 9 §3): which regions one analysis compares, at which single level, against which
 * reference, and what happens to rows that validation marks as source errors.
 *
 * <p>One entry point, {@link dev.klaster.io.scope.Scope#apply}, used by {@code klaster analyze} and every
 * {@code klaster clusters} command alike, so that both choose the same regions and level for the same inputs.
 * Province and region names are matched case- and accent-insensitively ({@link dev.klaster.io.scope.RegionNames}),
 * with common abbreviations ("Jatim"); BPS and Kemendagri codes are translated only through the user's bridge
 * tables. A name or code that matches nothing is a usage error ({@link dev.klaster.io.scope.ScopeException}, exit
 * code 2) that lists the nearest names and codes.
 */
package dev.klaster.io.scope;
