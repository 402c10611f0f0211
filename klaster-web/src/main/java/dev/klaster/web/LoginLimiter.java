package dev.klaster.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limit of password sign-in: after {@link #MAX_FAILURES} failed attempts for one username from one client
 * address within {@link #WINDOW}, further attempts for that pair are refused (HTTP 429) until the oldest failure is
 * older than the window. The check comes before the password is verified, so a refused attempt costs no Argon2id
 * work and reveals nothing. A successful sign-in clears the pair's failures.
 */
final class LoginLimiter {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_KEYS = 100_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginLimiter(Clock clock) {
        this.clock = clock;
    }

    private static String key(String username, String ip) {
        String u = String.valueOf(username).strip().toLowerCase(Locale.ROOT);
        return (u.length() > 200 ? u.substring(0, 200) : u) + "\u0000" + ip; // usernames have at most 100
    }

    /** Seconds until the next attempt is allowed for this pair, 0 when it is allowed now. */
    long retryAfterSeconds(String username, String ip) {
        Deque<Instant> d = failures.get(key(username, ip));
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            Instant now = clock.instant();
            while (!d.isEmpty() && d.peekFirst().plus(WINDOW).isBefore(now)) {
                d.pollFirst();
            }
            if (d.size() < MAX_FAILURES) {
                return 0;
            }
            return Math.max(1, Duration.between(now, d.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    void failed(String username, String ip) {
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // bounded memory; a flood of distinct names cannot grow the map without end
        }
        Deque<Instant> d = failures.computeIfAbsent(key(username, ip), k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(clock.instant());
            while (d.size() > MAX_FAILURES) {
                d.pollFirst();
            }
        }
    }

    void succeeded(String username, String ip) {
        failures.remove(key(username, ip));
    }
}
