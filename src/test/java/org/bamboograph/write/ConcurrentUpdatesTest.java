package org.bamboograph.write;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Eight editors update one record at once, each naming the version it read: every update either succeeds with the
 * next version or is refused with CONFLICT, and the versions handed out run without gaps or repeats.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ConcurrentUpdatesTest {

    private static final int WRITERS = 8;
    private static final int ATTEMPTS = 25;

    @Test
    void concurrentUpdatesEndInOneSuccessPerVersionAndConflictsForTheRest() throws Exception {
        String id = asEditor("mutation { createSource(input: {title: \"Contended\"}) { id } }")
                .extract().path("data.createSource.id");
        Set<Integer> versions = ConcurrentHashMap.newKeySet();
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<String> other = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < ATTEMPTS; i++) {
                    int read = graphql("{ sources { id version } }").extract()
                            .path("data.sources.find { it.id == '" + id + "' }.version");
                    JsonPath answer = asEditor("mutation($id: ID!, $v: Int!, $t: String!) { updateSource(id: $id, "
                            + "version: $v, input: {title: $t}) { version title } }",
                            Map.of("id", id, "v", read, "t", "Contended " + writer + "-" + i)).extract().jsonPath();
                    String code = answer.getString("errors[0].extensions.code");
                    if (code == null) {
                        Integer version = answer.getInt("data.updateSource.version");
                        assertEquals(read + 1, version, "an update raises the version it read by one");
                        assertTrue(versions.add(version), "version " + version + " handed out twice");
                        successes.incrementAndGet();
                    } else if ("CONFLICT".equals(code)) {
                        conflicts.incrementAndGet();
                    } else {
                        other.add(answer.prettify());
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf("%d writers x %d updates of one source: %d succeeded, %d CONFLICT%n", WRITERS, ATTEMPTS,
                successes.get(), conflicts.get());
        assertEquals(List.of(), other, "answers other than success or CONFLICT");
        assertEquals(WRITERS * ATTEMPTS, successes.get() + conflicts.get());
        assertTrue(conflicts.get() > 0, "no two updates ever met: the test did not test concurrency");
        Set<Integer> expected = new TreeSet<>();
        for (int v = 1; v <= successes.get(); v++) {
            expected.add(v);
        }
        assertEquals(expected, new TreeSet<>(versions), "versions without gaps");
        int last = graphql("{ sources { id version } }").extract().path("data.sources.find { it.id == '" + id + "' }.version");
        assertEquals(successes.get(), last, "the stored version counts the successful updates");
    }
}
