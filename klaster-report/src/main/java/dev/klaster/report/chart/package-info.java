/**
 * Chart kinds: each turns a {@link dev.klaster.core.table.Table} into an ECharts option. Heatmap (LQ region ×
 * sector), bars (stacked: shift-share components; horizontal: impact), waterfall, quadrant scatter (Klassen
 * typology, key-sector linkages), bubble (cluster portfolio), line/step (stage history), radar (Rosenfeld's nine
 * factors), network graph (IO links), member-roles diagram, and two maps: a choropleth on a user boundary file and
 * a proportional-symbol map at provincial capitals on an outline sketch authored in this project.
 */
package dev.klaster.report.chart;
