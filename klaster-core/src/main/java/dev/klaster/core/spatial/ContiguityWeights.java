package dev.klaster.core.spatial;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import java.util.ArrayList;
import java.util.List;

/**
 * Queen and rook contiguity weights from polygons (binary, symmetric), with JTS.
 *
 * <p>Rule with tolerance {@code t} (in the coordinates' unit; degrees for lon/lat): queen links i and j when the
 * distance between their polygons is at most {@code t}; rook links them when the part of i's boundary lying within
 * {@code t} of j's boundary is longer than {@code 2t} (so two polygons that only touch at a corner, or come within
 * {@code t} at one point, are queen but not rook neighbours). With {@code t = 0} these are the exact definitions
 * (shared point, shared edge of positive length) that spdep's {@code poly2nb(snap = 0)} uses; a small {@code t}
 * plays the role of spdep's {@code snap} and libpysal's {@code fuzzy_contiguity} tolerance. Candidate pairs come
 * from an STR-tree over envelopes grown by {@code t}, so the cost grows with the number of touching pairs, not n².
 */
public final class ContiguityWeights {
    /** Default tolerance for lon/lat boundaries: 0.005° (about 550 m), enough for simplified files. */
    public static final double DEFAULT_TOLERANCE_DEGREES = 0.005;

    private ContiguityWeights() {
    }

    /** Contiguity weights among the areas; islands are left without neighbours (apply an {@link IslandPolicy}). */
    public static SpatialWeights of(Areas areas, Contiguity rule, double tolerance) {
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("--tolerance " + tolerance + " must be a finite number >= 0");
        }
        int n = areas.size();
        List<Geometry> g = areas.geometries();
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            Envelope e = new Envelope(g.get(i).getEnvelopeInternal());
            e.expandBy(tolerance);
            tree.insert(e, i);
        }
        Geometry[] boundary = new Geometry[n];
        Geometry[] grown = new Geometry[n];
        List<List<Integer>> nb = new ArrayList<>();
        List<List<Double>> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nb.add(new ArrayList<>());
            w.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Envelope e = new Envelope(g.get(i).getEnvelopeInternal());
            e.expandBy(tolerance);
            @SuppressWarnings("unchecked")
            List<Integer> cand = tree.query(e);
            for (int j : cand) {
                if (j <= i) {
                    continue;
                }
                boolean link;
                if (tolerance == 0 ? !g.get(i).intersects(g.get(j)) : !g.get(i).isWithinDistance(g.get(j), tolerance)) {
                    link = false;
                } else if (rule == Contiguity.QUEEN) {
                    link = true;
                } else {
                    link = sharedEdge(i, j, g, boundary, grown, tolerance);
                }
                if (link) {
                    nb.get(i).add(j);
                    w.get(i).add(1.0);
                    nb.get(j).add(i);
                    w.get(j).add(1.0);
                }
            }
        }
        return SpatialWeights.fromLists(areas.ids(), areas.names(), nb, w, List.of());
    }

    private static boolean sharedEdge(int i, int j, List<Geometry> g, Geometry[] boundary, Geometry[] grown,
                                      double t) {
        if (boundary[i] == null) {
            boundary[i] = g.get(i).getBoundary();
        }
        if (boundary[j] == null) {
            boundary[j] = g.get(j).getBoundary();
        }
        if (t == 0) {
            return OverlayNGRobust.overlay(boundary[i], boundary[j], OverlayNG.INTERSECTION).getLength() > 0;
        }
        if (grown[j] == null) {
            grown[j] = boundary[j].buffer(t, 2);
        }
        return OverlayNGRobust.overlay(boundary[i], grown[j], OverlayNG.INTERSECTION).getLength() > 2 * t;
    }
}
