package org.bamboograph.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bamboograph.durability.ServiceProcess.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scale-out: two instances of the packaged (PostgreSQL) jar on one database behave as one service. A write through
 * one is read through the other, and optimistic versions hold across them: of two updates naming the same version,
 * one wins and the other gets CONFLICT, whether they come one after the other or at the same moment.
 */
class TwoInstancesIT {

    private static final Path DATA = Path.of("target/durability-data/two").toAbsolutePath();

    private static ServiceProcess first;
    private static ServiceProcess second;
    private static String token;

    // Checked per test rather than in @BeforeAll, so that the reports count each test as skipped, with the reason.
    @BeforeEach
    void needsPostgres() {
        Assumptions.assumeTrue(ServiceProcess.onPostgres(), "skipped: two instances sharing one database needs "
                + "PostgreSQL (BAMBOO_TEST_JDBC_URL=jdbc:postgresql:..., as src/test/postgres/run.sh sets it); "
                + "the embedded H2 belongs to one process");
    }

    @BeforeAll
    static void startBoth() throws Exception {
        if (!ServiceProcess.onPostgres()) {
            return;
        }
        token = ServiceProcess.editorToken();
        Map<String, String> env = ServiceProcess.databaseEnv("two");
        // Both start at once on an empty database, as replicas do: Flyway's lock has to let one migrate.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // A lost LISTEN connection is reopened after 2 s: long enough for a test to write in between.
        Map<String, String> props = Map.of("bamboo.live.listen-retry", "2s");
        Future<ServiceProcess> a = pool.submit(() -> ServiceProcess.start("two-a", 18191, DATA.resolve("a"), props, env));
        Future<ServiceProcess> b = pool.submit(() -> ServiceProcess.start("two-b", 18192, DATA.resolve("b"), props, env));
        pool.shutdown();
        List<Throwable> failures = new ArrayList<>();
        first = await(a, failures);
        second = await(b, failures);
        if (!failures.isEmpty()) {
            stopBoth();
            AssertionError error = new AssertionError("the two instances did not both start", failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }

    private static ServiceProcess await(Future<ServiceProcess> start, List<Throwable> failures) {
        try {
            return start.get(2 * ServiceProcess.READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            failures.add(e.getCause());
        } catch (Exception e) {
            failures.add(e);
        }
        return null;
    }

    @AfterAll
    static void stopBoth() {
        for (ServiceProcess service : new ServiceProcess[] { first, second }) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void aChangeWrittenThroughOneReachesASubscriberOfTheOtherInOrder() throws Exception {
        java.util.concurrent.BlockingQueue<io.smallrye.graphql.client.Response> received =
                new java.util.concurrent.LinkedBlockingQueue<>();
        io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient client =
                new io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder()
                        .url("http://localhost:" + second.port() + "/graphql")
                        .subprotocols(io.smallrye.graphql.client.websocket.WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                        .build();
        io.smallrye.mutiny.subscription.Cancellable subscription = client.subscription("subscription { "
                + "recordChanged(types: [SOURCE]) { id kind recordId version record { ... on Source { title } } } }")
                .subscribe().with(received::add);
        try {
            // Written through the first until the second's subscriber hears of it: then the subscription is in place.
            io.smallrye.graphql.client.Response heard = null;
            for (int attempt = 0; attempt < 60 && heard == null; attempt++) {
                assertTrue(first.createSource("two: warming up", token).ok());
                heard = received.poll(500, TimeUnit.MILLISECONDS);
            }
            assertTrue(heard != null, "no change written through the first reached the second's subscriber");
            Thread.sleep(500);
            received.clear();

            JsonNode source = create("two: told to the other");
            String id = source.path("id").asText();
            Response deleted = first.graphql("mutation($id: ID!, $v: Int!) { deleteSource(id: $id, version: $v) }",
                    Map.of("id", id, "v", source.path("version").asInt()), token);
            assertTrue(deleted.ok(), deleted.toString());
            jakarta.json.JsonObject created = received.poll(20, TimeUnit.SECONDS).getData().getJsonObject("recordChanged");
            assertEquals("CREATED", created.getString("kind"));
            assertEquals(id, created.getString("recordId"));
            jakarta.json.JsonObject gone = received.poll(20, TimeUnit.SECONDS).getData().getJsonObject("recordChanged");
            assertEquals("DELETED", gone.getString("kind"));
            assertEquals(id, gone.getString("recordId"));
            assertTrue(Long.parseLong(gone.getString("id")) > Long.parseLong(created.getString("id")));
        } finally {
            subscription.cancel();
            client.close();
        }
    }

    @Test
    void subscribersKeepListeningThroughLostDatabaseConnectionsAndMissNothing() throws Exception {
        java.util.concurrent.BlockingQueue<io.smallrye.graphql.client.Response> received =
                new java.util.concurrent.LinkedBlockingQueue<>();
        io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient client =
                new io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder()
                        .url("http://localhost:" + second.port() + "/graphql")
                        .subprotocols(io.smallrye.graphql.client.websocket.WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                        .build();
        java.util.concurrent.BlockingQueue<Throwable> ended = new java.util.concurrent.LinkedBlockingQueue<>();
        io.smallrye.mutiny.subscription.Cancellable subscription = client.subscription("subscription { "
                + "recordChanged(types: [SOURCE]) { id kind recordId } }").subscribe()
                .with(received::add, ended::add, () -> ended.add(new IllegalStateException("completed")));
        try {
            io.smallrye.graphql.client.Response heard = null;
            for (int attempt = 0; attempt < 60 && heard == null; attempt++) {
                assertTrue(first.createSource("two: warming up", token).ok());
                heard = received.poll(500, TimeUnit.MILLISECONDS);
            }
            assertTrue(heard != null, "no change written through the first reached the second's subscriber");
            Thread.sleep(500);
            received.clear();

            // Both LISTEN connections cut: the change written now is told by no notification to the second, which
            // must find it in the change log once it listens again.
            assertTrue(cut("query like 'LISTEN%'") >= 2, "the two instances' LISTEN connections were not found");
            String missed = create("two: written while the other was not listening").path("id").asText();
            assertEquals(missed, nextSource(received));

            // Every connection of both instances cut, as a restart of PostgreSQL cuts them.
            assertTrue(cut("true") >= 2);
            Response again = null;
            for (int attempt = 0; attempt < 20 && (again == null || !again.ok()); attempt++) {
                // The first write may meet a pooled connection that is gone; the pool replaces it.
                again = first.createSource("two: written after the database came back", token);
            }
            assertTrue(again.ok(), again.toString());
            assertEquals(again.data().path("createSource").path("id").asText(), nextSource(received));
            assertTrue(ended.isEmpty(), "the subscription ended: " + ended);
        } finally {
            subscription.cancel();
            client.close();
        }
    }

    /** Terminates the database's other connections matching {@code where} (on pg_stat_activity); how many. */
    private static int cut(String where) throws Exception {
        Map<String, String> env = ServiceProcess.databaseEnv("two");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                env.get("QUARKUS_DATASOURCE_USERNAME"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
                java.sql.ResultSet cut = db.createStatement().executeQuery("select count(*) filter (where "
                        + "pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() "
                        + "and pid <> pg_backend_pid() and (" + where + ")")) {
            cut.next();
            return cut.getInt(1);
        }
    }

    private static String nextSource(java.util.concurrent.BlockingQueue<io.smallrye.graphql.client.Response> received)
            throws InterruptedException {
        io.smallrye.graphql.client.Response next = received.poll(30, TimeUnit.SECONDS);
        assertTrue(next != null, "nothing reached the second's subscriber within 30 s");
        return next.getData().getJsonObject("recordChanged").getString("recordId");
    }

    @Test
    void bothServeTheSameCuratedGraph() throws Exception {
        assertEquals(first.sources(), second.sources());
    }

    @Test
    void aWriteThroughOneIsReadThroughTheOther() throws Exception {
        Response created = first.createSource("two: written through a", token);
        assertTrue(created.ok(), created.toString());
        String id = created.data().path("createSource").path("id").asText();
        assertEquals("two: written through a", second.sources().get(id));

        created = second.createSource("two: written through b", token);
        assertTrue(created.ok(), created.toString());
        assertEquals("two: written through b", first.sources().get(created.data().path("createSource").path("id").asText()));
    }

    @Test
    void theSecondUpdateOfAVersionGetsConflictThroughTheOtherInstance() throws Exception {
        JsonNode source = create("two: sequential");
        String id = source.path("id").asText();
        int version = source.path("version").asInt();

        Response winner = first.updateSource(id, version, "two: sequential, by a", token);
        assertTrue(winner.ok(), winner.toString());
        assertEquals(version + 1, winner.data().path("updateSource").path("version").asInt());
        Response loser = second.updateSource(id, version, "two: sequential, by b", token);
        assertEquals(200, loser.status(), loser.toString());
        assertEquals("CONFLICT", loser.errorCode(), loser.toString());
        assertEquals("two: sequential, by a", second.sources().get(id));
    }

    @Test
    void ofTwoSimultaneousUpdatesOfAVersionOneWins() throws Exception {
        JsonNode source = create("two: race");
        String id = source.path("id").asText();
        int version = source.path("version").asInt();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Several rounds: each time the two requests may interleave differently in the two JVMs and the database.
            for (int round = 0; round < 5; round++) {
                CountDownLatch go = new CountDownLatch(1);
                int held = version;
                String titleA = "two: race " + round + " a";
                String titleB = "two: race " + round + " b";
                Future<Response> a = pool.submit(atOnce(go, () -> first.updateSource(id, held, titleA, token)));
                Future<Response> b = pool.submit(atOnce(go, () -> second.updateSource(id, held, titleB, token)));
                go.countDown();
                Response ra = a.get(60, TimeUnit.SECONDS);
                Response rb = b.get(60, TimeUnit.SECONDS);
                String answers = "round " + round + ": a " + ra + ", b " + rb;
                assertTrue(ra.ok() ^ rb.ok(), "exactly one update wins, " + answers);
                Response loser = ra.ok() ? rb : ra;
                assertEquals(200, loser.status(), answers);
                assertEquals("CONFLICT", loser.errorCode(), answers);
                // Which check refused it: the service's read of the version, or Hibernate's versioned UPDATE.
                System.out.printf("race round %d: %s won; the loser's answer: %s%n", round, ra.ok() ? "a" : "b",
                        loser.body().path("errors").path(0).path("message").asText());
                Response won = ra.ok() ? ra : rb;
                version = won.data().path("updateSource").path("version").asInt();
                assertEquals(held + 1, version, answers);
                String expected = ra.ok() ? titleA : titleB;
                assertEquals(expected, first.sources().get(id), answers);
                assertEquals(expected, second.sources().get(id), answers);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode create(String title) throws Exception {
        Response created = first.createSource(title, token);
        assertTrue(created.ok(), created.toString());
        return created.data().path("createSource");
    }

    private static <T> Callable<T> atOnce(CountDownLatch go, Callable<T> call) {
        return () -> {
            go.await();
            return call.call();
        };
    }
}
