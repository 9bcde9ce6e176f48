package org.bamboograph.live;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.bamboograph.testing.GraphQLRequests.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.bamboograph.write.RecordWritten;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.graphql.client.Response;

/** Subscriptions as a client makes them, over graphql-transport-ws, against writes and imports made through the API. */
@QuarkusTest
@TestProfile(LiveProfile.class)
class LiveApiTest {

    private static final String CITE = "sources: [{source: \"article-003\", excerpt: \"Trong invited Xi to visit "
            + "Vietnam\", supports: [\"guest\", \"hostState\", \"city\", \"date\"]}]";
    private static final String CHANGE = "id kind type recordId version changedBy changedAt "
            + "counts { type count } record { __typename ... on Visit { id city guest { name } hostState { code } } }";
    private static final AtomicInteger IDS = new AtomicInteger();

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    ChangeLog changeLog;

    @Test
    void createUpdateAndDeleteArriveInOrderWithTheRecordAndWhoOnlyForEditors() throws Exception {
        String document = "subscription { recordChanged(types: [VISIT]) { " + CHANGE + " } }";
        try (Listener reader = new Listener(endpoint.toString(), null, document);
                Listener editor = new Listener(endpoint.toString(), token("live-editor", "editor"), document)) {
            ready(reader, editor);
            String id = createVisit("xi-jinping", "VNM");
            JsonObject created = change(reader.next());
            assertEquals("CREATED", created.getString("kind"));
            assertEquals("VISIT", created.getString("type"));
            assertEquals(id, created.getString("recordId"));
            assertEquals(0, created.getInt("version"));
            assertTrue(created.isNull("changedBy"), "anonymous readers do not learn who wrote: " + created);
            assertTrue(created.get("record") instanceof JsonObject record && record.get("guest") instanceof JsonObject,
                    created.toString());
            assertEquals("Xi Jinping", created.getJsonObject("record").getJsonObject("guest").getString("name"));
            assertEquals("VNM", created.getJsonObject("record").getJsonObject("hostState").getString("code"));
            assertEquals("test-editor", change(editor.next()).getString("changedBy"));

            asEditor("mutation { updateVisit(id: \"" + id + "\", version: 0, input: {guest: \"xi-jinping\", "
                    + "hostState: \"VNM\", city: \"Hanoi\", " + CITE + "}) { version } }").body("errors", nullValue());
            JsonObject updated = change(reader.next());
            assertEquals("UPDATED", updated.getString("kind"));
            assertEquals(1, updated.getInt("version"));
            assertEquals("Hanoi", updated.getJsonObject("record").getString("city"));
            assertEquals("UPDATED", change(editor.next()).getString("kind"));

            asEditor("mutation { deleteVisit(id: \"" + id + "\", version: 1) }").body("errors", nullValue());
            JsonObject deleted = change(reader.next());
            assertEquals("DELETED", deleted.getString("kind"));
            assertEquals(id, deleted.getString("recordId"));
            assertTrue(deleted.isNull("record") && deleted.isNull("version"), deleted.toString());
            assertTrue(Long.parseLong(deleted.getString("id")) > Long.parseLong(updated.getString("id")));
            assertEquals("DELETED", change(editor.next()).getString("kind"));
        }
    }

    @Test
    void aWriteThatRollsBackIsNeverTold() throws Exception {
        try (Listener listener = new Listener(endpoint.toString(), null,
                "subscription { recordChanged { " + CHANGE + " } }")) {
            ready(listener);
            long before = latest();
            // Logged inside a transaction that then rolls back: no row stays, and nobody hears of it.
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    changeLog.written(new RecordWritten("created", "Visit", "never-committed", "test-editor"));
                    throw new IllegalStateException("rolled back on purpose");
                });
            } catch (IllegalStateException expected) {
                // the rollback is the point
            }
            // A write refused by its checks tells nothing either.
            asEditor("mutation { createVisit(input: {guest: \"xi-jinping\", hostState: \"VNM\", host: "
                    + "\"nguyen-phu-trong\", " + CITE + "}) { id } }").body("errors[0].extensions.code",
                            equalTo("BAD_USER_INPUT"));
            String id = createVisit("xi-jinping", "VNM");
            JsonObject next = change(listener.next());
            assertEquals(id, next.getString("recordId"), "the first change told is the one that committed");
            graphql("query($since: String!) { recordChanges(since: $since) { edges { node { recordId } } } }",
                    java.util.Map.of("since", String.valueOf(before))).body("errors", nullValue())
                    .body("data.recordChanges.edges.node.recordId", org.hamcrest.Matchers.contains(id));
        }
    }

    @Test
    void typesAndStatesFilterWhatArrives() throws Exception {
        try (Listener china = new Listener(endpoint.toString(), null,
                "subscription { recordChanged(types: [VISIT], states: [\"chn\"]) { " + CHANGE + " } }");
                Listener events = new Listener(endpoint.toString(), null,
                        "subscription { recordChanged(types: [EVENT]) { " + CHANGE + " } }");
                Listener all = new Listener(endpoint.toString(), null,
                        "subscription { recordChanged { " + CHANGE + " } }")) {
            ready(china, all);
            String biden = createVisit("joe-biden", "VNM");
            String xi = createVisit("xi-jinping", "VNM");
            assertEquals(biden, change(all.next()).getString("recordId"));
            assertEquals(xi, change(all.next()).getString("recordId"));
            assertEquals(xi, change(china.next()).getString("recordId"), "a Chinese guest concerns China");
            assertNull(china.nextWithin(500), "a visit of Americans to Vietnam does not concern China");
            for (Response warmUp; (warmUp = events.nextWithin(200)) != null;) {
                assertFalse(true, "no event was written, yet this arrived: " + warmUp.getData());
            }
        }
    }

    @Test
    void recordChangesCatchesUpWithTombstonesAPageAtATime() throws Exception {
        long before = latest();
        String id = createVisit("vladimir-putin", "VNM");
        asEditor("mutation { deleteVisit(id: \"" + id + "\", version: 0) }").body("errors", nullValue());
        String page = "query($since: String!, $after: String) { recordChanges(since: $since, first: 1, after: $after) "
                + "{ pageInfo { hasNextPage endCursor } edges { cursor node { kind recordId version record { "
                + "... on Visit { id } } } } } }";
        var first = graphql(page, java.util.Map.of("since", String.valueOf(before))).body("errors", nullValue())
                .body("data.recordChanges.edges", hasSize(1))
                .body("data.recordChanges.edges[0].node.kind", equalTo("CREATED"))
                .body("data.recordChanges.edges[0].node.recordId", equalTo(id))
                .body("data.recordChanges.edges[0].node.record", nullValue())
                .body("data.recordChanges.pageInfo.hasNextPage", equalTo(true))
                .extract().<String>path("data.recordChanges.pageInfo.endCursor");
        graphql(page, java.util.Map.of("since", String.valueOf(before), "after", first)).body("errors", nullValue())
                .body("data.recordChanges.edges[0].node.kind", equalTo("DELETED"))
                .body("data.recordChanges.edges[0].node.recordId", equalTo(id))
                .body("data.recordChanges.pageInfo.hasNextPage", equalTo(false));
        graphql("{ recordChanges(since: \"2000-01-01T00:00:00Z\", first: 100) { edges { node { kind } } } }")
                .body("errors", nullValue()).body("data.recordChanges.edges.node.kind[0]", equalTo("IMPORT"));
        for (String bad : List.of("yesterday", "-1", "007", "2026-12-01")) {
            graphql("query($since: String!) { recordChanges(since: $since) { edges { cursor } } }",
                    java.util.Map.of("since", bad))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.argument", equalTo("since"));
        }
        graphql("{ recordChanges(since: \"0\", first: 101) { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("first"));
    }

    @Test
    void recordChangesServesTheRecord() {
        long before = latest();
        String id = createVisit("xi-jinping", "VNM");
        graphql("query($since: String!) { recordChanges(since: $since) { edges { node { record { __typename "
                + "... on Visit { id guest { name } } } } } } }", java.util.Map.of("since", String.valueOf(before)))
                .body("errors", nullValue())
                .body("data.recordChanges.edges[0].node.record.id", equalTo(id))
                .body("data.recordChanges.edges[0].node.record.guest.name", equalTo("Xi Jinping"));
    }

    @Test
    void aSubscriptionTooDeepIsRefusedAsAQueryWouldBe() throws Exception {
        StringBuilder deep = new StringBuilder("record { ... on Visit { guest { ");
        StringBuilder close = new StringBuilder(" } } }");
        for (int i = 0; i < 10; i++) {
            deep.append("visits { guest { ");
            close.append(" } }");
        }
        String document = "subscription { recordChanged { " + deep + "name" + close + " } }";
        try (Listener listener = new Listener(endpoint.toString(), null, document)) {
            Throwable failure = listener.failures.poll(20, java.util.concurrent.TimeUnit.SECONDS);
            Response answer = failure == null ? listener.nextWithin(1) : null;
            String told = failure != null ? failure.toString() : String.valueOf(answer.getErrors());
            assertTrue(told.contains("QUERY_TOO_DEEP") || told.contains("nests"), told);
        }
    }

    @Test
    void aSubscriptionFragmentBombIsRefusedByItsCost() throws Exception {
        // Seven fragments, each spreading the one before ten times: a million spreads of a two-field fragment.
        StringBuilder fragments = new StringBuilder("fragment F0 on Visit { id date }");
        for (int i = 1; i <= 6; i++) {
            fragments.append(" fragment F").append(i).append(" on Visit {")
                    .append((" ...F" + (i - 1)).repeat(10)).append(" }");
        }
        String document = "subscription { recordChanged { record { ... on Visit { ...F6 } } } } " + fragments;
        try (Listener listener = new Listener(endpoint.toString(), null, document)) {
            Throwable failure = listener.failures.poll(20, java.util.concurrent.TimeUnit.SECONDS);
            Response answer = failure == null ? listener.nextWithin(1) : null;
            String told = failure != null ? failure.toString() : String.valueOf(answer.getErrors());
            assertTrue(told.contains("QUERY_TOO_COMPLEX") || told.contains("would cost"), told);
        }
    }

    @Test
    void anImportTellsItsProgressAndOneSummaryChange() throws Exception {
        try (Listener progress = new Listener(endpoint.toString(), null, "subscription { importProgress { stage file "
                + "filesDone filesTotal recordsRead created merged summary { created } problems problemCount } }");
                Listener changes = new Listener(endpoint.toString(), null,
                        "subscription { recordChanged(types: [VISIT]) { " + CHANGE + " } }");
                Listener imports = new Listener(endpoint.toString(), null,
                        "subscription { recordChanged(states: [\"VNM\"]) { " + CHANGE + " } }")) {
            ready(changes, imports);
            asEditor("mutation { importHistorianRecords(path: \"visits-sample.xml\") { created } }")
                    .body("errors", nullValue()).body("data.importHistorianRecords.created", notNullValue());
            JsonObject running = progress.next().getData().getJsonObject("importProgress");
            assertEquals("RUNNING", running.getString("stage"));
            assertEquals("historian/visits-sample.xml", running.getString("file"));
            assertEquals(1, running.getInt("filesDone"));
            assertEquals(1, running.getInt("filesTotal"));
            JsonObject done = progress.next().getData().getJsonObject("importProgress");
            assertEquals("SUCCEEDED", done.getString("stage"));
            assertEquals(done.getInt("created"), done.getJsonObject("summary").getInt("created"));
            JsonObject imported = change(imports.next());
            assertEquals("IMPORT", imported.getString("kind"));
            assertTrue(imported.getJsonArray("counts").stream().map(Object::toString).anyMatch(c -> c.contains("VISIT")),
                    imported.toString());
            assertNull(changes.nextWithin(500), "an import is one change of no one type, not one per record");

            asEditor("mutation { importHistorianRecords(path: \"malformed\") { created } }")
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
            JsonObject refused = progress.next().getData().getJsonObject("importProgress");
            assertEquals("REFUSED", refused.getString("stage"));
            assertTrue(refused.getInt("problemCount") > 0);
            assertEquals(refused.getInt("problemCount"), refused.getJsonArray("problems").size());
            assertNull(imports.nextWithin(500), "a refused import changed nothing");
        }
    }

    @Test
    void anAddressHoldsABoundedNumberOfConnections() throws Exception {
        java.net.URI ws = java.net.URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<java.net.http.WebSocket> sockets = new ArrayList<>();
        java.net.http.WebSocketHandshakeException refusal = null;
        try {
            for (int i = 0; i < 7 && refusal == null; i++) {
                try {
                    sockets.add(http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                            .buildAsync(ws, new java.net.http.WebSocket.Listener() {
                            }).get(10, java.util.concurrent.TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refusal = (java.net.http.WebSocketHandshakeException) e.getCause();
                }
            }
            assertTrue(refusal != null, "7 connections from one address were all taken; the limit is 6");
            assertEquals(429, refusal.getResponse().statusCode());
            io.restassured.RestAssured.given().header("Upgrade", "websocket").header("Connection", "Upgrade")
                    .header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                    .header("Sec-WebSocket-Protocol", "graphql-transport-ws").when().get("/graphql").then()
                    .statusCode(429).header("Retry-After", notNullValue())
                    .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                    .body("errors[0].extensions.limit", equalTo(6));
        } finally {
            for (java.net.http.WebSocket socket : sockets) {
                socket.abort();
            }
        }
        // Once closed, they no longer count.
        java.net.http.WebSocket again = null;
        for (int attempt = 0; attempt < 40 && again == null; attempt++) {
            try {
                again = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                        .buildAsync(ws, new java.net.http.WebSocket.Listener() {
                        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                Thread.sleep(250);
            }
        }
        assertTrue(again != null, "closed connections still counted");
        again.abort();
    }

    @Test
    void theLegacySubprotocolIsNotSpoken() throws Exception {
        java.net.URI ws = java.net.URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        String chosen;
        try {
            java.net.http.WebSocket socket = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-ws").buildAsync(ws, new java.net.http.WebSocket.Listener() {
                    }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            chosen = socket.getSubprotocol();
            socket.abort();
        } catch (java.util.concurrent.ExecutionException refused) {
            chosen = null; // the handshake was refused
        }
        assertFalse("graphql-ws".equals(chosen), "the legacy subprotocol was accepted");
    }

    /** Waits until each listener's subscription is in place: a write reaches it. Drops what the waiting wrote. */
    private static void ready(Listener... listeners) throws InterruptedException {
        List<Listener> waiting = new ArrayList<>(List.of(listeners));
        for (int attempt = 0; attempt < 40 && !waiting.isEmpty(); attempt++) {
            createVisit("xi-jinping", "VNM"); // concerns CHN and VNM
            Thread.sleep(250);
            waiting.removeIf(listener -> !listener.received.isEmpty());
        }
        assertTrue(waiting.isEmpty(), "a subscription never started");
        Thread.sleep(300);
        for (Listener listener : listeners) {
            listener.received.clear();
        }
    }

    private static String createVisit(String guest, String hostState) {
        String id = "live-" + IDS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        asEditor("mutation { createVisit(input: {id: \"" + id + "\", guest: \"" + guest + "\", hostState: \""
                + hostState + "\", " + CITE + "}) { id } }").body("errors", nullValue());
        return id;
    }

    private static long latest() {
        String since = "0";
        long last = 0;
        while (true) {
            var page = graphql("query($since: String!) { recordChanges(since: $since, first: 100) { pageInfo { "
                    + "hasNextPage endCursor } } }", java.util.Map.of("since", since)).body("errors", nullValue());
            String end = page.extract().path("data.recordChanges.pageInfo.endCursor");
            if (end != null) {
                last = Long.parseLong(end);
                since = end;
            }
            if (!page.extract().<Boolean>path("data.recordChanges.pageInfo.hasNextPage")) {
                return last;
            }
        }
    }

    private static JsonObject change(Response response) {
        assertFalse(response.hasError(), String.valueOf(response.getErrors()));
        return response.getData().getJsonObject("recordChanged");
    }
}
