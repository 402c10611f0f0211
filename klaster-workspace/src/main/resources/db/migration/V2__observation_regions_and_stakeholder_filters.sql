-- Version 2: KPI observations per place, and indexes for filtering large stakeholder lists.
-- A KPI aggregates across places and periods (SUM, MEAN, MAX, LAST); version 1 kept one value per date.
-- region_code NULL means the observation covers the whole initiative area (all version-1 rows).
ALTER TABLE kpi_observations ADD COLUMN region_code VARCHAR(40);

-- The programme manager filters thousands of stakeholders by role and place.
CREATE INDEX stakeholders_initiative_type ON stakeholders (initiative_id, type);
CREATE INDEX stakeholders_initiative_region ON stakeholders (initiative_id, region_code);
CREATE INDEX kpi_observations_kpi_date ON kpi_observations (kpi_id, observed_on);
