package org.bamboograph.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bamboograph.durability.ServiceProcess.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a write that was acknowledged is worth: it survives a stop, a kill -9 in the middle of a stream of writes, and
 * concurrent writers. Runs the packaged jar in processes of its own. On H2 each test has its own data dir; when the
 * suite runs on PostgreSQL the jar is the PostgreSQL flavour and the tests share the database "durability", each
 * telling its records apart by a title prefix.
 */
class DurabilityIT {

    private static final Path DATA = Path.of("target/durability-data").toAbsolutePath();
    private static final Map<String, String> DB = ServiceProcess.databaseEnv("durability");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static String token;

    @BeforeAll
    static void mintToken() {
        token = ServiceProcess.editorToken();
    }

    @Test
    void writesSurviveAGracefulRestart() throws Exception {
        long start = System.nanoTime();
        Path dir = freshDir("restart");
        String prefix = "restart-" + RUN + "-";
        Map<String, String> written = new LinkedHashMap<>();
        try (ServiceProcess service = ServiceProcess.start("durability-restart", 18181, dir, DB)) {
            for (int i = 0; i < 50; i++) {
                Response response = service.createSource(prefix + i, token);
                assertTrue(response.ok(), "write " + i + ": " + response);
                written.put(response.data().path("createSource").path("id").asText(), prefix + i);
            }
            int exit = service.stop();
            System.out.printf("graceful restart: 50 writes acknowledged, SIGTERM exit code %d%n", exit);
        }
        try (ServiceProcess service = ServiceProcess.start("durability-restart", 18181, dir, DB)) {
            Map<String, String> present = withPrefix(service.sources(), prefix);
            assertEquals(written, present, "the 50 sources after SIGTERM and a new start");
        }
        System.out.printf("graceful restart: took %.1f s%n", seconds(start));
    }

    @Test
    void acknowledgedWritesSurviveAKill() throws Exception {
        long start = System.nanoTime();
        Path dir = freshDir("kill");
        String prefix = "kill-" + RUN + "-";
        List<String> attempted = new CopyOnWriteArrayList<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicReference<String> refused = new AtomicReference<>();

        try (ServiceProcess service = ServiceProcess.start("durability-kill", 18182, dir, DB)) {
            // One write after another, as a client that waits for each answer; the kill ends the stream.
            Thread writer = new Thread(() -> {
                for (int i = 0; refused.get() == null; i++) {
                    String title = prefix + i;
                    attempted.add(title);
                    Response response;
                    try {
                        response = service.createSource(title, token);
                    } catch (IOException e) {
                        return; // the process went away under this request
                    }
                    if (!response.ok() || !title.equals(response.data().path("createSource").path("title").asText())) {
                        refused.set(title + ": " + response);
                        return;
                    }
                    acknowledged.add(title);
                }
            }, "kill-writer");
            writer.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.isEmpty() && writer.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(1500);
            assertNull(refused.get(), "a write was refused before the kill");
            assertTrue(writer.isAlive(), "the writer should still be writing when the kill comes");
            service.kill();
            writer.join(TimeUnit.SECONDS.toMillis(40));
            assertFalse(writer.isAlive(), "the writer did not notice the kill");
        }
        assertNull(refused.get(), "a write was refused");
        int acked = acknowledged.size();
        assertTrue(acked > 0, "no write was acknowledged before the kill");

        try (ServiceProcess service = ServiceProcess.start("durability-kill", 18182, dir, DB)) {
            Set<String> present = new HashSet<>(withPrefix(service.sources(), prefix).values());
            Set<String> lost = acknowledged.stream().filter(t -> !present.contains(t)).collect(Collectors.toSet());
            Set<String> foreign = present.stream().filter(t -> !attempted.contains(t)).collect(Collectors.toSet());
            System.out.printf("kill -9: %d writes attempted, %d acknowledged, %d present after restart, %d of the "
                    + "acknowledged lost%n", attempted.size(), acked, present.size(), lost.size());
            assertEquals(Set.of(), lost, "acknowledged writes lost to kill -9");
            assertEquals(Set.of(), foreign, "sources whose titles were never written");
            // Only the write in flight at the kill may have committed without its answer reaching the client.
            assertTrue(present.size() == acked || present.size() == acked + 1,
                    "present " + present.size() + " for " + acked + " acknowledged");
            if (present.size() == acked + 1) {
                assertTrue(present.contains(attempted.get(attempted.size() - 1)), "the extra one is not the last");
            }
            assertTrue(service.createSource(prefix + "after", token).ok(), "a write after the restart");
        }
        System.out.printf("kill -9: took %.1f s%n", seconds(start));
    }

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        long start = System.nanoTime();
        int writers = 8;
        int each = 100;
        String prefix = "concurrent-" + RUN + "-";
        try (ServiceProcess service = ServiceProcess.start("durability-concurrent", 18183, freshDir("concurrent"), DB)) {
            int before = service.sources().size();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Map<String, String>>> results = new ArrayList<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    go.await();
                    Map<String, String> ids = new LinkedHashMap<>();
                    for (int i = 0; i < each; i++) {
                        String title = prefix + writer + "-" + i;
                        Response response = service.createSource(title, token);
                        if (response.ok()) {
                            ids.put(response.data().path("createSource").path("id").asText(), title);
                        } else {
                            failures.add(title + ": " + response);
                        }
                    }
                    return ids;
                }));
            }
            long writesStart = System.nanoTime();
            go.countDown();
            Map<String, String> acknowledged = new LinkedHashMap<>();
            for (Future<Map<String, String>> result : results) {
                acknowledged.putAll(result.get(120, TimeUnit.SECONDS));
            }
            double writing = seconds(writesStart);
            pool.shutdown();

            Map<String, String> after = service.sources();
            System.out.printf("concurrent: %d writers x %d writes in %.1f s (%.0f writes/s), %d failed%n", writers,
                    each, writing, writers * each / writing, failures.size());
            assertEquals(List.of(), failures, "refused writes");
            assertEquals(writers * each, acknowledged.size(), "distinct ids acknowledged");
            assertEquals(writers * each, after.size() - before, "new sources");
            acknowledged.forEach((id, title) -> assertEquals(title, after.get(id), "source " + id));
        }
        System.out.printf("concurrent: took %.1f s%n", seconds(start));
    }

    private static Map<String, String> withPrefix(Map<String, String> sources, String prefix) {
        Map<String, String> kept = new LinkedHashMap<>();
        sources.forEach((id, title) -> {
            if (title.startsWith(prefix)) {
                kept.put(id, title);
            }
        });
        return kept;
    }

    private static Path freshDir(String name) throws IOException {
        Path dir = DATA.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
