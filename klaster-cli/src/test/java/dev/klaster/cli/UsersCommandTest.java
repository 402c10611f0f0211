package dev.klaster.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klaster users add/list} on a SQLite workspace in a temporary data folder. */
class UsersCommandTest {
    @TempDir
    Path dir;

    Path password(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text + "\n");
        return p;
    }

    @Test
    void theFirstUserIsAnAdministratorThenMoreUsersAndTheList() throws Exception {
        Path data = dir.resolve("data");
        Run first = Run.run("users", "add", "siti", "--data", data.toString(), "--password-file",
                password("p1", "first-password").toString());
        assertThat(first.code()).as(first.err()).isEqualTo(2);
        assertThat(first.err()).contains("--admin");
        Run admin = Run.run("users", "add", "siti", "--admin", "--display-name", "Siti Rahmawati", "--data",
                data.toString(), "--password-file", password("p2", "siti-password").toString());
        assertThat(admin.code()).as(admin.err()).isEqualTo(0);
        assertThat(admin.out()).contains("siti (administrator)").contains("workspace.db");
        assertThat(Files.exists(data.resolve("workspace.db"))).isTrue();
        Run member = Run.run("users", "add", "budi", "--data", data.toString(), "--password-file",
                password("p3", "budi-password").toString());
        assertThat(member.code()).as(member.err()).isEqualTo(0);
        Run list = Run.run("users", "list", "--db", "sqlite:" + data.resolve("workspace.db"));
        assertThat(list.code()).isEqualTo(0);
        assertThat(list.out()).contains("budi\tbudi\tfalse").contains("siti\tSiti Rahmawati\ttrue");
        // the password appears nowhere in the output, and cannot be given as an argument
        assertThat(admin.out() + admin.err() + list.out()).doesNotContain("siti-password");
        assertThat(Run.run("users", "add", "ani", "--password", "ani-password", "--data", data.toString()).code())
                .isEqualTo(2);
    }

    @Test
    void badInputNamesTheFieldAndValue() throws Exception {
        Path data = dir.resolve("data");
        Run bad = Run.run("users", "add", "no spaces allowed", "--admin", "--data", data.toString(),
                "--password-file", password("p", "long-enough-password").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Username \"no spaces allowed\" is not valid")
                .contains("Nama pengguna");
        Run shortPassword = Run.run("users", "add", "siti", "--admin", "--data", data.toString(),
                "--password-file", password("q", "short").toString());
        assertThat(shortPassword.code()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("at least 8 characters").doesNotContain("short\n");
        Run badDb = Run.run("users", "list", "--db", "mysql://x@y/z");
        assertThat(badDb.code()).isEqualTo(2);
        assertThat(badDb.err()).contains("sqlite:PATH or postgresql://");
    }
}
