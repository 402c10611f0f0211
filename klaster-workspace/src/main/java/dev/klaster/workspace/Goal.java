package dev.klaster.workspace;

/**
 * The development goals a KPI serves, from seed article 001: human resources; labour quality, productivity and lower
 * unemployment; regional infrastructure; quality, sustainable growth through competitive agro-industry; investment
 * creating jobs; balance of natural resources and the environment.
 */
public enum Goal {
    HUMAN_RESOURCES, PRODUCTIVITY_EMPLOYMENT, INFRASTRUCTURE, QUALITY_GROWTH_AGROINDUSTRY, INVESTMENT, ENVIRONMENT
}
