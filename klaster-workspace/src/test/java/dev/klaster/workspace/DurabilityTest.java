package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Durability through kill -9: a child JVM ({@link DurabilityWriter}) writes in a burst and prints every
 * acknowledged id; the test kills it with SIGKILL ({@link Process#destroyForcibly()}) at random moments, several
 * times, then reopens the database and checks that every acknowledged id is there and the integrity check passes.
 */
class DurabilityTest {
    static final int ROUNDS = 4;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void everyAcknowledgedWriteSurvivesKill9(String backend) throws Exception {
        String url = TestDb.freshUrl(backend, tmp);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acked = ConcurrentHashMap.newKeySet();
        String initiativeId = null;
        for (int round = 0; round < ROUNDS; round++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    DurabilityWriter.class.getName(), url, "60000");
            pb.redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("child-" + backend + ".err").toFile()));
            Process child = pb.start();
            CountDownLatch firstAck = new CountDownLatch(1);
            String[] ready = new String[1];
            Set<String> roundAcks = ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("READY ")) {
                            ready[0] = line.substring(6).trim();
                        } else if (line.startsWith("ACK ") && line.length() == 4 + 36) {
                            roundAcks.add(line.substring(4));
                            firstAck.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the pipe closes when the child is killed
                }
            });
            reader.start();
            assertThat(firstAck.await(60, TimeUnit.SECONDS)).as("child acknowledged a first write; see child-"
                    + backend + ".err").isTrue();
            long delay = 200 + random.nextInt(1300);
            Thread.sleep(delay);
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            System.out.printf("[klaster-workspace] durability %s round %d: killed after %d ms, %d writes acknowledged"
                    + " (seed %d)%n", backend, round + 1, delay, roundAcks.size(), seed);
            assertThat(roundAcks).as("writes acknowledged before the kill").isNotEmpty();
            acked.addAll(roundAcks);
            initiativeId = ready[0];
        }
        try (Workspace ws = Workspace.open(url)) {
            assertThat(ws.integrityCheck()).as("integrity check").isEmpty();
            User admin = ws.users().authenticate(DurabilityWriter.ADMIN, DurabilityWriter.PASSWORD).orElseThrow();
            Set<String> stored = ws.stakeholders().list(admin, initiativeId, null).stream().map(Stakeholder::id)
                    .collect(Collectors.toSet());
            List<String> lost = acked.stream().filter(id -> !stored.contains(id)).sorted().toList();
            assertThat(lost).as("acknowledged but lost (seed " + seed + ")").isEmpty();
            // each stored write has its audit entry (same transaction)
            long audited = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'stakeholder'"));
            assertThat(audited).isEqualTo(stored.size());
            System.out.printf("[klaster-workspace] durability %s: %d acknowledged, %d stored, 0 lost, integrity ok%n",
                    backend, acked.size(), stored.size());
        }
    }
}
