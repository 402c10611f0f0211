package dev.klaster.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared/data} (real public data beside the checkout). Tests that need it call
 * {@link #require(String)}, which skips the test with a visible message when the folder is absent, so a user's
 * checkout without it still passes.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared data root: system property {@code klaster.shared.data}, else {@code ../shared/data}. */
    public static Path root() {
        String p = System.getProperty("klaster.shared.data");
        if (p != null && !p.isBlank()) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }

    /** Path of a file or folder under the shared data root, or skips the calling test if it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            String msg = "SKIPPED: shared data " + p + " is absent (tests on real data need ../shared/data)";
            System.err.println(msg);
            Assumptions.abort(msg);
        }
        return p;
    }
}
