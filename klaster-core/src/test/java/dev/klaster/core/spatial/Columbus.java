package dev.klaster.core.spatial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Columbus reference data of {@code src/test/resources/spatial} (see its README). */
final class Columbus {
    final List<String> ids = new ArrayList<>();
    final double[] crime = new double[49];
    final double[] x = new double[49];
    final double[] y = new double[49];

    static Path resource(String name) {
        try {
            return Path.of(Columbus.class.getClassLoader().getResource("spatial/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Columbus() {
        try {
            List<String> lines = Files.readAllLines(resource("columbus-crime.csv"));
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                ids.add(f[0]);
                crime[i - 1] = Double.parseDouble(f[1]);
                x[i - 1] = Double.parseDouble(f[2]);
                y[i - 1] = Double.parseDouble(f[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** spdep's COL.k4.nb: 4 nearest neighbours on the centroids, row-standardised. */
    SpatialWeights knn4() {
        return PointWeights.knn(ids, null, x, y, 4, Metric.EUCLIDEAN).transform(Transform.R);
    }
}
