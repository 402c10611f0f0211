/**
 * Typologies used in Indonesian regional planning: the Klassen typology of regions and of sectors
 * ({@link dev.klaster.core.typology.Klassen}, quadrants {@link dev.klaster.core.typology.KlassenQuadrant}) and the
 * leading-sector (sektor unggulan / basis) classification combining the location quotient with the shift-share
 * competitive shift ({@link dev.klaster.core.typology.LeadingSector}).
 */
package dev.klaster.core.typology;
