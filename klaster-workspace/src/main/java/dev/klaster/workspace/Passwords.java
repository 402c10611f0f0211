package dev.klaster.workspace;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106) by Bouncy Castle's {@link Argon2BytesGenerator}: memory 19 MiB
 * (19,456 KiB), 2 iterations, parallelism 1 (the OWASP Password Storage Cheat Sheet's first recommended
 * configuration), a random 16-byte salt per password from {@link SecureRandom}, a 32-byte tag. Stored in the PHC
 * string format {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64), so the parameters travel
 * with the hash and can be raised later; verification compares tags in constant time.
 */
final class Passwords {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Hash of a random password, verified against when the user does not exist, so both cases take as long. */
    private static final String DUMMY = hash("dummy-" + RANDOM.nextLong() + "-password");

    private Passwords() {
    }

    /** Checks the length rules (8 to 1024 characters); the password itself is never in the message. */
    static void validate(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException("error.passwordShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException("error.passwordLong", MAX_LENGTH);
        }
    }

    static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] tag = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(tag);
    }

    /** Whether {@code password} matches the PHC string {@code stored}; false for a malformed string. */
    static boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        int m;
        int t;
        int p;
        byte[] salt;
        byte[] expected;
        try {
            String[] params = parts[3].split(",");
            m = Integer.parseInt(params[0].substring(2));
            t = Integer.parseInt(params[1].substring(2));
            p = Integer.parseInt(params[2].substring(2));
            salt = B64D.decode(parts[4]);
            expected = B64D.decode(parts[5]);
        } catch (RuntimeException e) {
            return false;
        }
        byte[] actual = argon2(password, salt, m, t, p, expected.length);
        return org.bouncycastle.util.Arrays.constantTimeAreEqual(expected, actual);
    }

    /** Spends the time of one verification (unknown user), always false. */
    static boolean verifyDummy(String password) {
        verify(password == null ? "" : password, DUMMY);
        return false;
    }

    static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        return argon2(password.getBytes(StandardCharsets.UTF_8), salt, null, null, memoryKib, iterations, parallelism,
                length);
    }

    /** Argon2id version 0x13 with optional secret and associated data (null for none), as in RFC 9106. */
    static byte[] argon2(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKib,
                         int iterations, int parallelism, int length) {
        Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt);
        if (secret != null) {
            b.withSecret(secret);
        }
        if (associatedData != null) {
            b.withAdditional(associatedData);
        }
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(b.build());
        byte[] out = new byte[length];
        gen.generateBytes(password, out);
        return out;
    }
}
