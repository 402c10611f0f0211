package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.report.Json;

/** Shared axis and quadrant helpers for the scatter-type charts. */
final class Axes {
    private Axes() {
    }

    /** Range [lo, hi] of finite values plus the reference, padded by 8 % each side; {0, 1} when nothing is finite. */
    static double[] range(double[] values, double reference) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (Double.isFinite(reference)) {
            lo = Math.min(lo, reference);
            hi = Math.max(hi, reference);
        }
        if (!Double.isFinite(lo)) {
            return new double[] {0, 1};
        }
        double pad = (hi - lo) * 0.06;
        if (pad == 0) {
            pad = Math.max(Math.abs(hi) * 0.1, 0.5);
        }
        double step = niceStep((hi - lo + 2 * pad) / 5);
        return new double[] {Math.floor((lo - pad) / step) * step, Math.ceil((hi + pad) / step) * step};
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
    }

    /** Rounds an axis end outwards to two significant digits, so labels stay short. */
    static double nice(double v, boolean up) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 1);
        return (up ? Math.ceil(v / mag) : Math.floor(v / mag)) * mag;
    }

    static ObjectNode valueAxis(String name, double min, double max) {
        ObjectNode a = Json.obj();
        a.put("type", "value");
        a.put("name", name);
        a.put("nameLocation", "middle");
        a.put("nameGap", 30);
        a.put("min", min);
        a.put("max", max);
        a.putObject("splitLine").put("show", false);
        a.putObject("axisLabel").put("formatter", "@fmt:num");
        return a;
    }

    /**
     * Four shaded quadrants split at (x0, y0), labelled top-right, top-left, bottom-left, bottom-right, and dashed
     * reference lines; attached to {@code series} as markArea/markLine.
     */
    static void quadrants(ObjectNode series, double x0, double y0, double[] xr, double[] yr, String[] labels) {
        String[] colors = {"rgba(49,163,84,0.10)", "rgba(49,130,189,0.10)", "rgba(150,150,150,0.10)",
            "rgba(230,85,13,0.10)"};
        double[][] boxes = {
            {x0, y0, xr[1], yr[1]}, {xr[0], y0, x0, yr[1]}, {xr[0], yr[0], x0, y0}, {x0, yr[0], xr[1], y0}};
        String[] positions = {"insideTopRight", "insideTopLeft", "insideBottomLeft", "insideBottomRight"};
        ObjectNode area = series.putObject("markArea");
        area.put("silent", true);
        ArrayNode data = area.putArray("data");
        for (int q = 0; q < 4; q++) {
            ArrayNode pair = data.addArray();
            ObjectNode a = pair.addObject();
            a.put("name", labels[q]);
            a.put("xAxis", boxes[q][0]);
            a.put("yAxis", boxes[q][1]);
            a.putObject("itemStyle").put("color", colors[q]);
            ObjectNode lab = a.putObject("label");
            lab.put("position", positions[q]);
            lab.put("color", "#555");
            lab.put("fontWeight", "bold");
            lab.put("fontSize", 12);
            ObjectNode b = pair.addObject();
            b.put("xAxis", boxes[q][2]);
            b.put("yAxis", boxes[q][3]);
        }
        ObjectNode line = series.putObject("markLine");
        line.put("silent", true);
        line.put("symbol", "none");
        line.putObject("lineStyle").put("type", "dashed").put("color", "#888");
        line.putObject("label").put("show", false);
        ArrayNode ld = line.putArray("data");
        ld.addObject().put("xAxis", x0);
        ld.addObject().put("yAxis", y0);
    }

    static ObjectNode grid(int left, int right, int top, int bottom) {
        ObjectNode g = Json.obj();
        g.put("left", left);
        g.put("right", right);
        g.put("top", top);
        g.put("bottom", bottom);
        g.put("containLabel", false);
        return g;
    }
}
