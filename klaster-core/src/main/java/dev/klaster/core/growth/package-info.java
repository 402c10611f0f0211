/**
 * Growth and jobs: each sector's contribution to GRDP growth and the employment elasticity of growth
 * ({@link dev.klaster.core.growth.Growth}).
 */
package dev.klaster.core.growth;
