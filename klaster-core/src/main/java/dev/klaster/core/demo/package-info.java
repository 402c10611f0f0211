/**
 * Built-in synthetic demo data: an Indonesia-shaped panel (38 provinces with real names and Kemendagri codes,
 * the 17 PDRB categories, several years, value added, employment and population), generated deterministically.
 * Every number is invented; panels from here report {@link dev.klaster.core.model.Panel#synthetic()} = true and
 * every output must say so.
 */
package dev.klaster.core.demo;
