package dev.klaster.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klaster serve --db}: a malformed address is a usage error, an unreachable database exit 3, no password shown. */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void aBadWorkspaceAddressIsRefusedBeforeTheServerStarts() {
        Run bad = Run.run("serve", "--port", "0", "--data", data.toString(), "--db", "mysql://root:secret@db/x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--db").contains("sqlite:PATH or postgresql://").doesNotContain("secret");
        // nothing listens on port 1 of loopback: connection refused at once
        Run down = Run.run("serve", "--port", "0", "--data", data.toString(), "--db",
                "postgresql://klaster:secret@127.0.0.1:1/klaster");
        assertThat(down.code()).isEqualTo(3);
        assertThat(down.err()).contains("cannot open the workspace database postgresql://klaster:***@127.0.0.1:1")
                .doesNotContain("secret");
    }
}
