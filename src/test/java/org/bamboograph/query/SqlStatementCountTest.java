package org.bamboograph.query;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The core promise: the SQL a request costs depends on the depth of the query, not on how many rows it returns.
 * Counted with Hibernate's statistics around real GraphQL requests.
 */
@QuarkusTest
class SqlStatementCountTest {

    private static final String WIDE = """
            query($first: Int) { visits(first: $first) { totalCount edges { node {
              guest { name state { code } offices { title } } hostState { name }
              resultingAgreements { kind parties { code } } sources { excerpt source { title } } } } } }""";

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String query, Map<String, Object> variables) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        graphql(query, variables).body("errors", nullValue());
        return statistics.getPrepareStatementCount() - before;
    }

    @Test
    void oneStatementPerNestedLevelWhateverThePageSize() {
        // Visits with their guests, the guests' states and the host states; totalCount; guest.offices;
        // resultingAgreements with their parties; sources with the sources they quote: five.
        long widest = statementsFor(WIDE, Map.of("first", 100));
        assertEquals(5, widest, "statements for 100 visits");
        for (int first : new int[] { 1, 2, 5, 8, 13 }) {
            long count = statementsFor(WIDE, Map.of("first", first));
            assertTrue(count <= widest, first + " visits took " + count + " statements, more than " + widest);
        }
    }

    @Test
    void filtersAndOrdersAddNoStatement() {
        // The new filters are conditions of the page's own statement, the orders a join in it.
        String filtered = WIDE.replace("visits(first: $first)", "visits(first: $first, city: \"hanoi\", "
                + "purpose: \"visit\", resultedInAgreement: true, orderBy: [GUEST_NAME, DATE_DESC])");
        assertEquals(5, statementsFor(filtered, Map.of("first", 100)), "statements for 100 filtered visits");
        for (String list : new String[] { "leaders(office: \"president\", orderBy: [NAME_DESC])",
                "states(kind: COUNTRY, name: \"viet\", orderBy: [NAME_ASC])",
                "agreements(title: \"partnership\", orderBy: [TITLE])", "events(kind: FORUM, orderBy: [DATE_DESC])",
                "statements(orderBy: [SPEAKER_NAME])" }) {
            // The page and its count: two statements, as without filters.
            assertEquals(2, statementsFor("{ " + list + " { totalCount edges { cursor } } }", Map.of()), list);
        }
    }

    @Test
    void trongTraversalIsThreeStatements() {
        // The leader; the visits with their host states; the agreements with their parties.
        long count = statementsFor("""
                { leader(name: "Nguyen Phu Trong") { name visits { date hostState { code }
                  resultingAgreements { kind date parties { code } } } } }""", Map.of());
        assertEquals(3, count);
    }

    @Test
    void neighboursAreReadOnlyWhenAskedFor() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(3, statementsFor("""
                { leader(name: "Nguyen Phu Trong") { name visits { date resultingAgreements { kind } } } }""",
                Map.of()));
        assertTrue(Arrays.stream(statistics.getQueries()).noneMatch(hql -> hql.contains("join State")),
                "read states nobody asked for: " + Arrays.toString(statistics.getQueries()));

        statistics.clear();
        statementsFor("""
                { leader(name: "Nguyen Phu Trong") { visits { hostState { code }
                  resultingAgreements { parties { code } } } } }""",
                Map.of());
        assertEquals(2, Arrays.stream(statistics.getQueries()).filter(hql -> hql.contains("join State")).count(),
                "host states and parties read with their rows: " + Arrays.toString(statistics.getQueries()));
    }
}
