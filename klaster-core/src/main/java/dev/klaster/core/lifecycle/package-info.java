/**
 * Life cycle of regional clusters: stage per year (embryo, growing, mature, declining), stage history, renewal
 * (declining → embryo) and portfolio (bubble chart) data. The stages are those of Menzel &amp; Fornahl (2010); the
 * classification rule from LQ and employment is Klaster's own, documented in {@link dev.klaster.core.lifecycle.Lifecycle}.
 */
package dev.klaster.core.lifecycle;
