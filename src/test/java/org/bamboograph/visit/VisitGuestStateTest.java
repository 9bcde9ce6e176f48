package org.bamboograph.visit;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page of visits reads each guest's state in the page's own statement, where the client asks for it: every guest
 * must still get its own state, also when one guest makes several visits of the page.
 */
@QuarkusTest
class VisitGuestStateTest {

    @Inject
    EntityManager em;

    @Test
    void eachGuestGetsItsOwnState() {
        List<Map<String, Object>> nodes = graphql("""
                { visits(first: 100) { edges { node { id guest { id name state { code name } } } } } }""")
                .body("errors", nullValue()).extract().path("data.visits.edges.node");
        Map<String, String[]> stored = stored();
        Map<String, Integer> visitsOf = new HashMap<>();
        int withState = 0;
        for (Map<String, Object> node : nodes) {
            Map<String, Object> guest = cast(node.get("guest"));
            String[] expected = stored.get((String) node.get("id"));
            assertEquals(expected[0], guest.get("id"), "guest of visit " + node.get("id"));
            Map<String, Object> state = cast(guest.get("state"));
            assertEquals(expected[1], state == null ? null : state.get("code"), "state of " + guest.get("name"));
            assertEquals(expected[2], state == null ? null : state.get("name"), "state of " + guest.get("name"));
            withState += state == null ? 0 : 1;
            visitsOf.merge((String) guest.get("id"), 1, Integer::sum);
        }
        assertTrue(withState > 0, "no guest with a state on the page");
        assertTrue(visitsOf.values().stream().anyMatch(n -> n > 1), "no guest makes two visits of the page");
    }

    /** Visit id to guest id, state code and name, read on their own. */
    private Map<String, String[]> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String[]> byVisit = new HashMap<>();
            for (Object[] row : em.createQuery("""
                    select v.id, l.id, s.code, s.name from Visit v join Leader l on l.id = v.guestId
                    left join State s on s.code = l.stateCode""", Object[].class).getResultList()) {
                byVisit.put((String) row[0], new String[] { (String) row[1], (String) row[2], (String) row[3] });
            }
            return byVisit;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
