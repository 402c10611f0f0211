package dev.klaster.workspace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Child process of {@link DurabilityTest}: opens the workspace at {@code args[0]}, then writes stakeholders in a
 * burst from two threads and prints {@code ACK <id>} on stdout after each write returned (committed). It stops by
 * itself after {@code args[1]} milliseconds if nobody kills it first.
 */
public final class DurabilityWriter {
    static final String INITIATIVE = "Durability probe";
    static final String ADMIN = "durability";
    static final String PASSWORD = "durability-password";

    private DurabilityWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long maxMillis = Long.parseLong(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(url)) {
            User admin = ws.users().authenticate(ADMIN, PASSWORD)
                    .orElseGet(() -> ws.users().bootstrapAdmin(ADMIN, "Durability", PASSWORD));
            List<Initiative> existing = ws.initiatives().list(admin);
            Initiative i = existing.isEmpty()
                    ? ws.initiatives().create(admin, new InitiativeDraft(INITIATIVE, "C", "Probe", List.of("33"),
                    "Lead", "Forum", null, null, false))
                    : existing.get(0);
            out.println("READY " + i.id());
            out.flush();
            long end = System.currentTimeMillis() + maxMillis;
            AtomicBoolean failed = new AtomicBoolean();
            Runnable burst = () -> {
                int n = 0;
                while (System.currentTimeMillis() < end && !failed.get()) {
                    try {
                        Stakeholder s = ws.stakeholders().create(admin, i.id(), new StakeholderDraft(
                                Thread.currentThread().getName() + "-" + n++, StakeholderType.CORE_FIRM, null, null,
                                null, null, null, null, true));
                        synchronized (out) {
                            out.println("ACK " + s.id());
                            out.flush();
                        }
                    } catch (RuntimeException e) {
                        failed.set(true);
                        e.printStackTrace();
                    }
                }
            };
            Thread t1 = new Thread(burst, "w1");
            Thread t2 = new Thread(burst, "w2");
            t1.start();
            t2.start();
            t1.join();
            t2.join();
            out.println(failed.get() ? "FAILED" : "DONE");
            out.flush();
        }
    }
}
