package org.bamboograph.live;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The limits of subscription connections, met by clients that misbehave over a raw WebSocket: one that never sends
 * connection_init, one that subscribes past its connection's cap, one that stops reading. The profile lowers each
 * limit: a 2 s init timeout, 3 operations per connection, an 8K write buffer (and a 4K socket send buffer).
 */
@QuarkusTest
@TestProfile(LiveProfile.class)
class LiveLimitsTest {

    private static final String CITE = "sources: [{source: \"article-003\", excerpt: \"Trong invited Xi to visit "
            + "Vietnam\", supports: [\"guest\", \"hostState\", \"city\", \"date\"]}]";
    private static final String VISITS = "subscription { recordChanged(types: [VISIT]) { id kind recordId record { "
            + "... on Visit { id city date guest { name } hostState { code name } } } } }";
    private static final AtomicInteger IDS = new AtomicInteger();

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    Vertx vertx;

    @Inject
    LiveSockets sockets;

    @Test
    void aClientSilentPastTheInitTimeoutIsClosedWith4408() throws Exception {
        try (RawSocket silent = new RawSocket(vertx, endpoint.toString(), 0);
                RawSocket polite = new RawSocket(vertx, endpoint.toString(), 0)) {
            long opened = System.nanoTime();
            polite.init();
            RawSocket.Closed closed = silent.closedWithin(10_000);
            long waited = (System.nanoTime() - opened) / 1_000_000;
            assertEquals((short) 4408, closed.code(), closed.toString());
            assertEquals("Connection initialisation timeout", closed.reason());
            assertTrue(waited >= 1_500, "closed after " + waited + " ms, before the 2 s timeout");
            // One that did send connection_init stays open past the timeout, and still answers.
            Thread.sleep(500);
            assertTrue(!polite.closed.isDone(), "an initialised connection was closed: " + polite.closed.getNow(null));
            polite.send(new JsonObject().put("type", "ping"));
            JsonObject pong = polite.next();
            assertEquals("pong", pong.getString("type"));
        }
    }

    @Test
    void theSubscriptionPastTheCapOfAConnectionIsRefusedWithACodedError() throws Exception {
        try (RawSocket client = new RawSocket(vertx, endpoint.toString(), 0).init()) {
            for (String id : new String[] { "1", "2", "3" }) {
                client.subscribe(id, VISITS);
            }
            client.subscribe("4", VISITS);
            JsonObject refused = client.next();
            assertEquals("error", refused.getString("type"), refused.encode());
            assertEquals("4", refused.getString("id"));
            JsonArray errors = refused.getJsonArray("payload");
            assertEquals(1, errors.size(), refused.encode());
            JsonObject extensions = errors.getJsonObject(0).getJsonObject("extensions");
            assertEquals("TOO_MANY_SUBSCRIPTIONS", extensions.getString("code"));
            assertEquals(3, extensions.getInteger("limit"));
            assertTrue(errors.getJsonObject(0).getString("message").contains("3 operations"), refused.encode());

            // The three that were taken run on, over the same connection.
            String id = createVisit();
            java.util.Set<String> told = new java.util.HashSet<>();
            for (int i = 0; i < 3; i++) {
                JsonObject next = client.next();
                assertEquals("next", next.getString("type"), next.encode());
                assertEquals(id, next.getJsonObject("payload").getJsonObject("data").getJsonObject("recordChanged")
                        .getString("recordId"));
                told.add(next.getString("id"));
            }
            assertEquals(java.util.Set.of("1", "2", "3"), told);
            assertNull(client.nextWithin(300), "the refused subscription was started anyway");

            // Once one completes, another may start.
            client.send(new JsonObject().put("id", "2").put("type", "complete"));
            Thread.sleep(200);
            client.subscribe("5", VISITS);
            String later = null;
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int attempt = 0; attempt < 20 && !ids.contains("5"); attempt++) {
                later = createVisit();
                for (JsonObject next; (next = client.nextWithin(300)) != null;) {
                    assertEquals("next", next.getString("type"), next.encode());
                    ids.add(next.getString("id"));
                }
            }
            assertNotNull(later);
            assertTrue(ids.contains("5") && !ids.contains("2"), "told to " + ids);
        }
    }

    @Test
    void aClientThatStopsReadingIsClosedWith1013AndWhatWaitsStaysBounded() throws Exception {
        int before = sockets.slowClosed();
        try (Listener reader = new Listener(endpoint.toString(), null, VISITS);
                RawSocket slow = new RawSocket(vertx, endpoint.toString(), 2048).init()) {
            for (String id : new String[] { "1", "2", "3" }) {
                slow.subscribe(id, VISITS);
            }
            // Both subscriptions are in place once a write reaches them.
            String first = createVisit();
            assertEquals("next", slow.next().getString("type"));
            waitFor(reader, first);
            slow.pause();
            slow.received.clear();
            int changes = 0;
            while (sockets.slowClosed() == before && changes < 400) {
                createVisit();
                changes++;
            }
            assertTrue(sockets.slowClosed() > before, changes + " changes never filled the buffers of a stopped client");
            assertTrue(sockets.peakBuffered() <= 8 * 1024, "held " + sockets.peakBuffered() + " characters for it");

            // Reading again, it finds what had fit, then the close.
            slow.resume();
            RawSocket.Closed closed = slow.closedWithin(15_000);
            assertEquals((short) 1013, closed.code(), closed.toString());
            assertTrue(closed.reason().contains("recordChanges"), closed.reason());
            assertTrue(slow.received.size() < 3 * changes,
                    slow.received.size() + " messages of " + 3 * changes + " arrived: nothing was dropped");

            // A subscriber that reads heard of every change, in order.
            String last = createVisit();
            waitFor(reader, last);
        }
    }

    @Test
    void aSubscriptionOverTheCostBudgetIsRefusedAsAQueryWouldBe() throws Exception {
        // Each alias: guest { visits { guest { visits { guest { visits { id } } } } } } costs 8842 (20 per unpaged
        // list); 12 of them are over the budget of 100000.
        StringBuilder selection = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            selection.append(" a").append(i).append(": guest { visits { guest { visits { guest { visits { id } } } } } }");
        }
        try (RawSocket client = new RawSocket(vertx, endpoint.toString(), 0).init()) {
            client.subscribe("1", "subscription { recordChanged { record { ... on Visit {" + selection + " } } } }");
            JsonObject answer = client.next();
            JsonArray errors = "error".equals(answer.getString("type")) ? answer.getJsonArray("payload")
                    : answer.getJsonObject("payload").getJsonArray("errors");
            assertNotNull(errors, answer.encode());
            JsonObject extensions = errors.getJsonObject(0).getJsonObject("extensions");
            assertEquals("QUERY_TOO_COMPLEX", extensions.getString("code"), answer.encode());
            assertTrue(extensions.getLong("cost") > 100_000, answer.encode());
            assertEquals(100_000, extensions.getInteger("limit"));
        }
    }

    private static void waitFor(Listener listener, String recordId) throws InterruptedException {
        while (true) {
            var change = listener.next().getData().getJsonObject("recordChanged");
            if (recordId.equals(change.getString("recordId"))) {
                return;
            }
        }
    }

    private static String createVisit() {
        String id = "limits-" + IDS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        asEditor("mutation { createVisit(input: {id: \"" + id + "\", guest: \"xi-jinping\", hostState: \"VNM\", "
                + CITE + "}) { id } }").body("errors", nullValue());
        return id;
    }
}
