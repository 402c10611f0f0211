package dev.klaster.core.spatial;

import java.util.Arrays;

/**
 * A uniform grid over planar points (cells of side {@code cell}) for fixed-radius neighbour queries: each query
 * visits only the cells within the radius, so finding all pairs closer than R costs about
 * {@code n · (points within R)} instead of n². Points are stored cell by cell (counting sort), no n × n table.
 * Written here because JTS's STRtree/KdTree answer envelope queries one object at a time and allocate a result
 * list per query; the grid is simpler and faster for the millions of radius queries of Monte-Carlo envelopes.
 */
public final class GridIndex {
    private final double x0;
    private final double y0;
    private final double cell;
    private final int nx;
    private final int ny;
    private final int[] start;
    private final int[] order;
    private final double[] px;
    private final double[] py;

    /** Indexes the points {@code idx} (indices into x, y) with the given cell size. */
    public GridIndex(double[] x, double[] y, int[] idx, double cell) {
        if (!(cell > 0)) {
            throw new IllegalArgumentException("grid cell size must be > 0, got " + cell);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i : idx) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (idx.length == 0) {
            minX = minY = maxX = maxY = 0;
        }
        // at most ~4 million cells: coarser cells for a sparse, wide set
        double c = cell;
        while ((Math.floor((maxX - minX) / c) + 1) * (Math.floor((maxY - minY) / c) + 1) > 4e6) {
            c *= 2;
        }
        this.cell = c;
        this.x0 = minX;
        this.y0 = minY;
        this.nx = (int) Math.floor((maxX - minX) / c) + 1;
        this.ny = (int) Math.floor((maxY - minY) / c) + 1;
        int[] count = new int[nx * ny + 1];
        int[] cellOf = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            cellOf[k] = cellIndex(x[idx[k]], y[idx[k]]);
            count[cellOf[k] + 1]++;
        }
        for (int k = 0; k < nx * ny; k++) {
            count[k + 1] += count[k];
        }
        start = count.clone();
        order = new int[idx.length];
        int[] fill = Arrays.copyOf(count, count.length);
        for (int k = 0; k < idx.length; k++) {
            order[fill[cellOf[k]]++] = idx[k];
        }
        px = x;
        py = y;
    }

    private int cellIndex(double x, double y) {
        int cx = Math.min(nx - 1, Math.max(0, (int) ((x - x0) / cell)));
        int cy = Math.min(ny - 1, Math.max(0, (int) ((y - y0) / cell)));
        return cy * nx + cx;
    }

    /** Receives one candidate pair: the indexed point j and its planar distance to the query point. */
    public interface PairVisitor {
        void visit(int j, double d);
    }

    /** Visits every indexed point within planar distance {@code r} of (x, y). */
    public void within(double x, double y, double r, PairVisitor v) {
        int cx0 = (int) Math.floor((x - r - x0) / cell);
        int cx1 = (int) Math.floor((x + r - x0) / cell);
        int cy0 = (int) Math.floor((y - r - y0) / cell);
        int cy1 = (int) Math.floor((y + r - y0) / cell);
        cx0 = Math.max(0, cx0);
        cy0 = Math.max(0, cy0);
        cx1 = Math.min(nx - 1, cx1);
        cy1 = Math.min(ny - 1, cy1);
        double r2 = r * r;
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int c = cy * nx + cx;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    int j = order[k];
                    double dx = px[j] - x;
                    double dy = py[j] - y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= r2) {
                        v.visit(j, Math.sqrt(d2));
                    }
                }
            }
        }
    }
}
