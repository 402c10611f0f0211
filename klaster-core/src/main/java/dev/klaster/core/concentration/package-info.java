/**
 * Concentration: how strongly an industry is present in a region relative to a reference (location quotients and
 * their variants).
 */
package dev.klaster.core.concentration;
