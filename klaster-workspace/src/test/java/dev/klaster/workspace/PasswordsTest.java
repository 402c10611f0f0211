package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Argon2id hashing: the RFC 9106 test vector, the stored format and verification. */
class PasswordsTest {
    @Test
    void argon2idMatchesTheRfc9106TestVector() {
        // RFC 9106 section 5.3 (Argon2id): password 32 x 0x01, salt 16 x 0x02, secret 8 x 0x03, associated data
        // 12 x 0x04, memory 32 KiB, 3 passes, 4 lanes, tag 32 bytes. Exact (byte equality).
        byte[] password = new byte[32];
        Arrays.fill(password, (byte) 1);
        byte[] salt = new byte[16];
        Arrays.fill(salt, (byte) 2);
        byte[] secret = new byte[8];
        Arrays.fill(secret, (byte) 3);
        byte[] ad = new byte[12];
        Arrays.fill(ad, (byte) 4);
        byte[] tag = Passwords.argon2(password, salt, secret, ad, 32, 3, 4, 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void hashIsPhcStringWithStatedParametersAndRandomSalt() {
        String h1 = Passwords.hash("correct horse battery");
        String h2 = Passwords.hash("correct horse battery");
        assertThat(h1).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(h1).isNotEqualTo(h2); // different random salts
        assertThat(h1.split("\\$")).hasSize(6);
        assertThat(Passwords.verify("correct horse battery", h1)).isTrue();
        assertThat(Passwords.verify("correct horse batterY", h1)).isFalse();
        assertThat(Passwords.verify("correct horse battery", "$argon2i$v=19$m=1,t=1,p=1$AA$AA")).isFalse();
        assertThat(Passwords.verify("x", "garbage")).isFalse();
    }

    @Test
    void lengthRulesNeverEchoThePassword() {
        assertThatThrownBy(() -> Passwords.validate("short7!")).isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("short7!").hasMessageContaining("8");
        assertThatThrownBy(() -> Passwords.validate(null)).isInstanceOf(ValidationException.class);
    }
}
