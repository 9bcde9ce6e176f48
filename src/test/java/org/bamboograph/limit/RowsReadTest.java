package org.bamboograph.limit;

import static io.restassured.RestAssured.given;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The bound on the rows one query reads is kept across all its statements, and each statement reads no more than is
 * left of it: a query far inside the cost budget is refused once its statements together pass it, having read at most
 * one row more. Rows are counted with Hibernate's statistics around real GraphQL requests.
 */
@QuarkusTest
@TestProfile(RowsReadTest.FewRows.class)
class RowsReadTest {

    static final int MAX_ROWS = 6;

    /** At most six rows read per query; the answer's own bound and the cost budget stay as configured. */
    public static class FewRows implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bamboo.limits.max-rows-read", String.valueOf(MAX_ROWS));
        }
    }

    @Inject
    SessionFactory sessionFactory;

    /** Rows all queries returned since statistics began: each query's rows summed. */
    private long rowsSoFar() {
        Statistics statistics = sessionFactory.getStatistics();
        long rows = 0;
        for (String query : statistics.getQueries()) {
            rows += statistics.getQueryStatistics(query).getExecutionRowCount();
        }
        return rows;
    }

    private void refused(String query) {
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("RESPONSE_TOO_LARGE"));
    }

    @Test
    void statementsThatEachFitAreRefusedTogether() {
        // Each page alone reads four rows, within the bound: it is answered.
        graphql("{ visits(first: 4) { edges { node { id } } } }").body("errors", nullValue())
                .body("data.visits.edges", hasSize(4));
        long before = rowsSoFar();
        // Two of them read eight rows in all; the second may read only what the first left, and one more.
        refused("{ a: visits(first: 4) { edges { node { id } } } b: visits(first: 4) { edges { node { id } } } }");
        long read = rowsSoFar() - before;
        assertEquals(MAX_ROWS + 1, read, "rows read");
    }

    @Test
    void aDeepQueryStopsAtTheBoundNotAtItsEnd() {
        // A hundred visits, their guests' visits and those visits' guests' visits: a few thousand rows on real data,
        // and a cost the budget lets through. The page reads one row past the bound and nothing more is loaded.
        String deep = "{ visits(first: 100) { edges { node { id guest { visits { id guest { visits { id } } } } } } } }";
        Statistics statistics = sessionFactory.getStatistics();
        long statementsBefore = statistics.getPrepareStatementCount();
        long before = rowsSoFar();
        refused(deep);
        long read = rowsSoFar() - before;
        long statements = statistics.getPrepareStatementCount() - statementsBefore;
        assertTrue(read <= MAX_ROWS + 1, "rows read: " + read);
        assertTrue(statements <= 1, "statements: " + statements);
    }
}
