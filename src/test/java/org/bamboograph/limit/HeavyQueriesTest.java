package org.bamboograph.limit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Heavy operations run one at a time here; the others are refused at once with 429 and Retry-After. */
@QuarkusTest
@TestProfile(HeavyQueriesTest.OneAtATime.class)
class HeavyQueriesTest {

    /** Anything above a cost of 1,000 is heavy, and one heavy operation runs at a time. */
    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bamboo.limits.heavy-cost", "1000", "bamboo.limits.heavy-at-once", "1",
                    "bamboo.limits.retry-after", "2");
        }
    }

    /** About 5,000: the benchmark's page of 100 visits. */
    private static final String HEAVY = "{ visits(first: 100) { totalCount edges { node { guest { name state { code } "
            + "offices { title } } hostState { name } resultingAgreements { kind parties { code } } "
            + "sources { excerpt source { title } } } } } }";

    private static Response post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql");
    }

    @Test
    void heavyQueriesBeyondTheLimitAreRefusedWith429() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Response>>> runs = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                runs.add(clients.submit(() -> {
                    List<Response> responses = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        responses.add(post(HEAVY));
                    }
                    return responses;
                }));
            }
            int answered = 0;
            int refused = 0;
            for (Future<List<Response>> run : runs) {
                for (Response response : run.get()) {
                    if (response.statusCode() == 429) {
                        refused++;
                        assertEquals("2", response.header("Retry-After"));
                        response.then().body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                                .body("errors[0].extensions.limit", equalTo(1000));
                    } else {
                        answered++;
                        assertEquals(200, response.statusCode());
                        response.then().body("data.visits.edges[0].node.guest.name", org.hamcrest.Matchers.notNullValue());
                    }
                }
            }
            assertTrue(refused > 0, "six clients at once, and none was refused");
            assertTrue(answered > 0, "no heavy query was answered");
        } finally {
            clients.shutdownNow();
        }
        // Light queries are never refused, and once the heavy ones are done a heavy one runs again.
        post("{ states(first: 1) { edges { node { code } } } }").then().statusCode(200);
        post(HEAVY).then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }
}
